import { LinkCard, LinkCardGrid } from '@/components/link-card';
import { NotAllowedNotice } from '@/components/not-allowed-notice';
import { PageHeader } from '@/components/page-header';
import { requirePagePermission } from '@/lib/auth/page-access';
import { readMicrosoftSettings } from '@/lib/settings/microsoft-settings';
import { integrationState } from '@/lib/settings/settings-row';

const STATE_TEXT = { enabled: 'Enabled', disabled: 'Disabled', unconfigured: 'Not set up' } as const;

export default async function IntegrationsPage() {
  const { allowed } = await requirePagePermission('/settings/integrations', 'integrations.manage');
  if (!allowed) return <NotAllowedNotice title="Admins only">Only admins and super admins can open the integration settings.</NotAllowedNotice>;
  return (
    <>
      <PageHeader title="Integrations" subtitle="Connections to distributors and other services." />
      <LinkCardGrid>
        <LinkCard href="/settings/integrations/ingram" title="Ingram Micro" description={`Cloud Marketplace: licenses, orders and tenant mapping. Status: ${STATE_TEXT[integrationState()]}.`} />
        <LinkCard
          href="/settings/integrations/microsoft"
          title="Microsoft"
          description={`Partner Center customers and each tenant’s licenses through Graph. Status: ${readMicrosoftSettings().configured ? 'Set up' : 'Not set up'}.`}
        />
      </LinkCardGrid>
    </>
  );
}
