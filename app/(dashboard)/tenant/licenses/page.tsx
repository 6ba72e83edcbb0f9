import { PageHeader } from '@/components/page-header';
import { TenantContextNotice } from '@/components/tenant-context-notice';
import { requirePagePermission } from '@/lib/auth/page-access';
import { canManageLicenses } from '@/lib/auth/license-access';
import { levelAllows } from '@/lib/auth/permissions';
import { tenantFromSearchParams, type SearchParams } from '@/lib/tenants/current';
import { tenantIngramContext } from '@/lib/tenants/ingram-context';
import { LicensesView } from './_components/licenses-view';

// The shell renders at once; the grid loads its rows in the browser (react-query against the GET route).
export default async function LicensesPage({ searchParams }: { searchParams: SearchParams }) {
  const { user, allowed } = await requirePagePermission('/tenant/licenses', 'licenses.view');
  if (!allowed) return <TenantContextNotice context={{ state: 'no-tenant' }} canConfigure={false} />;
  const context = tenantIngramContext(await tenantFromSearchParams(searchParams, user));
  const subtitle = context.state === 'ready' ? `${context.tenant.displayName} · billed to Ingram Micro customer ${context.customerName} (${context.customerId})` : undefined;
  return (
    <>
      <PageHeader title="CSP Licenses" subtitle={subtitle} />
      {context.state === 'ready' ? (
        <LicensesView key={context.tenant.tenantId} tenantId={context.tenant.tenantId} tenantName={context.tenant.displayName} canManage={canManageLicenses(user)} />
      ) : (
        <TenantContextNotice context={context} canConfigure={levelAllows(user.level, 'integrations.manage')} />
      )}
    </>
  );
}
