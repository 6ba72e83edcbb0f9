import { PageHeader } from '@/components/page-header';
import { TenantContextNotice } from '@/components/tenant-context-notice';
import { canManageLicenses } from '@/lib/auth/license-access';
import { isAllTenants, type SearchParams } from '@/lib/tenants/current';
import { tenantPageContext } from '@/lib/tenants/page-context';
import { LicensesView } from './_components/licenses-view';
import { AllTenantsLicensesPage } from './_components/all-tenants/all-tenants-page';

// The shell renders at once; the grid loads its rows in the browser (react-query against the GET route).
export default async function LicensesPage({ searchParams }: { searchParams: SearchParams }) {
  const page = await tenantPageContext('/tenant/licenses', 'licenses.view', searchParams);
  if (!page.allowed) return <TenantContextNotice context={{ state: 'no-tenant' }} canConfigure={false} />;
  const { user, context, canConfigure } = page;
  if (await isAllTenants(searchParams)) return <AllTenantsLicensesPage user={user} searchParams={searchParams} />;
  const subtitle = context.state === 'ready' ? `${context.tenant.displayName} · billed to Ingram Micro customer ${context.customerName} (${context.customerId})` : undefined;
  return (
    <>
      <PageHeader title="CSP Licenses" subtitle={subtitle} />
      {context.state === 'ready' ? (
        <LicensesView key={context.tenant.tenantId} tenantId={context.tenant.tenantId} tenantName={context.tenant.displayName} canManage={canManageLicenses(user)} />
      ) : (
        <TenantContextNotice context={context} canConfigure={canConfigure} />
      )}
    </>
  );
}
