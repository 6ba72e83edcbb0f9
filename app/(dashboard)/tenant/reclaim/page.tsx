import { PageHeader } from '@/components/page-header';
import { TenantContextNotice } from '@/components/tenant-context-notice';
import { canManageLicenses } from '@/lib/auth/license-access';
import { levelAllows } from '@/lib/auth/permissions';
import { readReclaimPlan } from '@/lib/reclaim/read';
import { isAllTenants, type SearchParams } from '@/lib/tenants/current';
import { tenantPageContext } from '@/lib/tenants/page-context';
import { ReclaimView } from './_components/reclaim-view';

// The reclaim planner: unused seats (Microsoft's assignments against Ingram's seats) that can go now,
// inside their NCE window, or at renewal, for one tenant or All Tenants; first rendered on the server.
export default async function ReclaimPage({ searchParams }: { searchParams: SearchParams }) {
  const page = await tenantPageContext('/tenant/reclaim', 'licenses.view', searchParams);
  if (!page.allowed) return <TenantContextNotice context={{ state: 'no-tenant' }} canConfigure={false} />;
  const { user, context, canConfigure } = page;
  const all = await isAllTenants(searchParams);
  if (!all && context.state !== 'ready') {
    return (
      <>
        <PageHeader title="Reclaim planner" />
        <TenantContextNotice context={context} canConfigure={canConfigure} />
      </>
    );
  }
  const tenant = !all && context.state === 'ready' ? context.tenant : undefined;
  const initial = readReclaimPlan({ scope: user.scope, tenantId: tenant?.tenantId });
  const subtitle = tenant ? `${tenant.displayName} · unused seats that can be reduced now or at renewal` : 'All tenants · unused seats that can be reduced now or at renewal';
  return (
    <>
      <PageHeader title="Reclaim planner" subtitle={subtitle} />
      <ReclaimView
        key={tenant?.tenantId ?? 'all'}
        tenant={tenant ? { tenantId: tenant.tenantId, displayName: tenant.displayName } : undefined}
        initial={initial}
        canManage={canManageLicenses(user)}
        canMarkSpare={levelAllows(user.level, 'reclaim.spareSeats')}
      />
    </>
  );
}
