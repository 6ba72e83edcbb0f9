import { PageHeader } from '@/components/page-header';
import { TenantContextNotice } from '@/components/tenant-context-notice';
import { canManageLicenses } from '@/lib/auth/license-access';
import { levelAllows } from '@/lib/auth/permissions';
import { withCosts } from '@/lib/inventory/costs';
import { readTenantLicenses } from '@/lib/inventory/reads';
import { usageNoticeFor, withUsage } from '@/lib/inventory/usage-view';
import { readSyncSettings } from '@/lib/inventory/sync/settings';
import { needsLiveRead, startLiveLicenses } from '@/lib/licenses/page-load';
import type { LicensesResponse } from '@/lib/licenses/types';
import { isAllTenants, type SearchParams } from '@/lib/tenants/current';
import { tenantPageContext } from '@/lib/tenants/page-context';
import { LicensesView } from './_components/licenses-view';
import { AllTenantsLicensesPage } from './_components/all-tenants/all-tenants-page';

// The first rows come from the inventory, rendered on the server. When they are missing or older
// than the configured staleness, the live read starts here and its rows stream to the browser with
// the page (react-query takes them as its first fetch); later refetches use the GET route.
export default async function LicensesPage({ searchParams }: { searchParams: SearchParams }) {
  const page = await tenantPageContext('/tenant/licenses', 'licenses.view', searchParams);
  if (!page.allowed) return <TenantContextNotice context={{ state: 'no-tenant' }} canConfigure={false} />;
  const { user, context, canConfigure } = page;
  if (await isAllTenants(searchParams)) return <AllTenantsLicensesPage user={user} searchParams={searchParams} />;
  const tenantId = context.state === 'ready' ? context.tenant.tenantId : undefined;
  const stored = tenantId ? readTenantLicenses(tenantId) : undefined;
  const canSeeCosts = levelAllows(user.level, 'costs.view');
  const initial: LicensesResponse | undefined =
    tenantId && stored?.asOf
      ? {
          rows: withUsage(tenantId, canSeeCosts ? withCosts(tenantId, stored.rows) : stored.rows),
          loadedAt: stored.asOf,
          includeTerminated: false,
          source: 'inventory',
          stale: stored.ordersMovedSince,
          usageNotice: usageNoticeFor(tenantId, context.state === 'ready' ? context.tenant.displayName : tenantId),
        }
      : undefined;
  const staleAfterMs = readSyncSettings().staleAfterSeconds * 1000;
  const live =
    context.state === 'ready' && needsLiveRead(stored, staleAfterMs) ? startLiveLicenses({ tenantId: context.tenant.tenantId, customerId: context.customerId }, user, canSeeCosts) : undefined;
  const subtitle = context.state === 'ready' ? `${context.tenant.displayName} · billed to Ingram Micro customer ${context.customerName} (${context.customerId})` : undefined;
  return (
    <>
      <PageHeader title="CSP Licenses" subtitle={subtitle} />
      {context.state === 'ready' ? (
        <LicensesView
          key={context.tenant.tenantId}
          tenantId={context.tenant.tenantId}
          tenantName={context.tenant.displayName}
          tenantFilter={context.tenant.defaultDomain}
          canManage={canManageLicenses(user)}
          canSeeCosts={canSeeCosts}
          initial={initial}
          staleAfterMs={staleAfterMs}
          live={live}
        />
      ) : (
        <TenantContextNotice context={context} canConfigure={canConfigure} />
      )}
    </>
  );
}
