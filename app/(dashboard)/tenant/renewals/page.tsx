import { PageHeader } from '@/components/page-header';
import { TenantContextNotice } from '@/components/tenant-context-notice';
import { canManageLicenses } from '@/lib/auth/license-access';
import { listRenewals } from '@/lib/renewals/queries';
import { isAllTenants, type SearchParams } from '@/lib/tenants/current';
import { tenantPageContext } from '@/lib/tenants/page-context';
import { RenewalsView } from './_components/renewals-view';

// Renewals from the inventory for one tenant or All Tenants: the first range rendered on the
// server, then the browser reads the GET route when the range changes.
export default async function RenewalsPage({ searchParams }: { searchParams: SearchParams }) {
  const page = await tenantPageContext('/tenant/renewals', 'licenses.view', searchParams);
  if (!page.allowed) return <TenantContextNotice context={{ state: 'no-tenant' }} canConfigure={false} />;
  const { user, context, canConfigure } = page;
  const all = await isAllTenants(searchParams);
  if (!all && context.state !== 'ready') {
    return (
      <>
        <PageHeader title="Renewals" />
        <TenantContextNotice context={context} canConfigure={canConfigure} />
      </>
    );
  }
  const tenantId = !all && context.state === 'ready' ? context.tenant.tenantId : undefined;
  const subtitle = tenantId && context.state === 'ready' ? `${context.tenant.displayName} · renewals from the inventory` : 'All tenants · renewals from the inventory';
  return (
    <>
      <PageHeader title="Renewals" subtitle={subtitle} />
      <RenewalsView key={tenantId ?? 'all'} tenantId={tenantId} canManage={canManageLicenses(user)} initial={listRenewals({ tenantId, days: 60, scope: user.scope })} />
    </>
  );
}
