import { Suspense, type ComponentProps } from 'react';
import { PageHeader } from '@/components/page-header';
import { TenantContextNotice } from '@/components/tenant-context-notice';
import { canManageLicenses } from '@/lib/auth/license-access';
import { levelAllows } from '@/lib/auth/permissions';
import { withCosts } from '@/lib/inventory/costs';
import { readTenantLicenses } from '@/lib/inventory/reads';
import { usageNoticeFor, withUsage } from '@/lib/inventory/usage-view';
import { readSyncSettings } from '@/lib/inventory/sync/settings';
import type { ActionResult } from '@/lib/actions/result';
import { needsLiveRead, startLiveLicenses } from '@/lib/licenses/page-load';
import type { LicensesResponse } from '@/lib/licenses/types';
import { isAllTenants, type SearchParams } from '@/lib/tenants/current';
import { tenantPageContext } from '@/lib/tenants/page-context';
import { LicensesFrame } from './_components/licenses-frame';
import { LicensesView } from './_components/licenses-view';
import { AllTenantsLicensesPage } from './_components/all-tenants/all-tenants-page';

// The first rows come from the inventory, rendered on the server. When they are missing or older
// than the configured staleness, the live read starts here: the page streams at once with the
// inventory's rows (or the loading state), and the live rows follow in the same HTML inside a
// Suspense boundary, taken by react-query as its initial data; later refetches use the GET route. Fresh rows
// need no boundary: they are part of the page's first HTML.
export default async function LicensesPage({ searchParams }: { searchParams: SearchParams }) {
  const page = await tenantPageContext('/tenant/licenses', 'licenses.view', searchParams);
  if (!page.allowed) return <TenantContextNotice context={{ state: 'no-tenant' }} canConfigure={false} />;
  const { user, context, canConfigure } = page;
  if (await isAllTenants(searchParams)) return <AllTenantsLicensesPage user={user} searchParams={searchParams} />;
  const subtitle = context.state === 'ready' ? `${context.tenant.displayName} · billed to Ingram Micro customer ${context.customerName} (${context.customerId})` : undefined;
  if (context.state !== 'ready') {
    return (
      <>
        <PageHeader title="CSP Licenses" />
        <TenantContextNotice context={context} canConfigure={canConfigure} />
      </>
    );
  }
  const { tenantId, displayName } = context.tenant;
  const stored = readTenantLicenses(tenantId);
  const canSeeCosts = levelAllows(user.level, 'costs.view');
  const initial: LicensesResponse | undefined = stored?.asOf
    ? {
        rows: withUsage(tenantId, canSeeCosts ? withCosts(tenantId, stored.rows) : stored.rows),
        loadedAt: stored.asOf,
        includeTerminated: false,
        source: 'inventory',
        stale: stored.ordersMovedSince,
        usageNotice: usageNoticeFor(tenantId, displayName),
      }
    : undefined;
  const staleAfterMs = readSyncSettings().staleAfterSeconds * 1000;
  const view: ComponentProps<typeof LicensesView> = {
    tenantId,
    tenantName: displayName,
    tenantFilter: context.tenant.defaultDomain,
    canManage: canManageLicenses(user),
    canSeeCosts,
    initial,
    staleAfterMs,
  };
  const live = needsLiveRead(stored, staleAfterMs) ? startLiveLicenses({ tenantId, tenantName: displayName, customerId: context.customerId }, user, canSeeCosts) : undefined;
  return (
    <>
      <PageHeader title="CSP Licenses" subtitle={subtitle} />
      {/* The frame keeps the dialog and notices across a refresh that starts or ends a live read. Without one the
          view is not in a Suspense boundary: React's SSR outlines a boundary over 12.8 KB (the table), which would
          show its fallback first and reveal the rows up to 300 ms later. */}
      <LicensesFrame key={tenantId} tenantId={tenantId}>
        {live ? (
          <Suspense fallback={<LicensesView {...view} pending />}>
            <LiveLicensesView view={view} live={live} />
          </Suspense>
        ) : (
          <LicensesView {...view} />
        )}
      </LicensesFrame>
    </>
  );
}

/** The view once the live read has settled: its rows as the initial data, or its failure with the upstream details. */
async function LiveLicensesView({ view, live }: { view: ComponentProps<typeof LicensesView>; live: Promise<ActionResult<LicensesResponse>> }) {
  const result = await live;
  return result.ok ? <LicensesView {...view} initial={result.data} /> : <LicensesView {...view} failure={result} />;
}
