import { Notice } from './notice';
import { PageHeader } from './page-header';

type Context = { state: 'no-tenant' } | { state: 'unconfigured' | 'disabled' | 'unmapped'; tenant: { displayName: string } };

/** The calm message a tenant page shows instead of its data when it cannot talk to Ingram. */
export function TenantContextNotice({ context, canConfigure }: { context: Context; canConfigure: boolean }) {
  switch (context.state) {
    case 'no-tenant':
      return <Notice title="Choose a tenant">Pick a tenant in the top bar to see its Ingram Micro licenses.</Notice>;
    case 'unconfigured':
      return (
        <Notice title="The Ingram Micro integration is not set up" severity="warning" href={canConfigure ? '/settings/integrations/ingram' : undefined} linkLabel="Open Integrations">
          {canConfigure ? 'Enter the reseller account’s API credentials first.' : 'Ask an admin to connect the Ingram Micro reseller account.'}
        </Notice>
      );
    case 'disabled':
      return (
        <Notice title="The Ingram Micro integration is disabled" severity="warning" href={canConfigure ? '/settings/integrations/ingram' : undefined} linkLabel="Open Integrations">
          {canConfigure ? 'Turn it on in Integrations to use this page.' : 'Ask an admin to enable it under Integrations.'}
        </Notice>
      );
    case 'unmapped':
      return (
        <Notice title={`${context.tenant.displayName} is not mapped to an Ingram Micro customer`} href="/settings/mappings" linkLabel="Map this tenant">
          Map the tenant to the Ingram customer that is billed for it, then come back.
        </Notice>
      );
  }
}

/** A tenant page that cannot show its data yet: its header over the reason. */
export function TenantContextPage({ title, ...notice }: { title: string } & Parameters<typeof TenantContextNotice>[0]) {
  return (
    <>
      <PageHeader title={title} />
      <TenantContextNotice {...notice} />
    </>
  );
}
