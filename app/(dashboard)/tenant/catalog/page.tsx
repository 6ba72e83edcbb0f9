import { NotAllowedNotice } from '@/components/not-allowed-notice';
import { PageHeader } from '@/components/page-header';
import { TenantContextNotice } from '@/components/tenant-context-notice';
import { requirePagePermission } from '@/lib/auth/page-access';
import { levelAllows } from '@/lib/auth/permissions';
import { searchMicrosoftCatalog } from '@/lib/catalog/search';
import type { CatalogGroup } from '@/lib/catalog/types';
import { isIngramError, type PublicIngramError } from '@/lib/ingram';
import { integrationState } from '@/lib/settings/settings-row';
import { tenantFromSearchParams, type SearchParams } from '@/lib/tenants/current';
import { UpstreamNotice } from '@/components/upstream-notice';
import { CatalogSearch } from './_components/catalog-search';
import { CatalogTable } from './_components/catalog-table';

export default async function CatalogPage({ searchParams }: { searchParams: SearchParams }) {
  const { user, allowed } = await requirePagePermission('/tenant/catalog', 'catalog.view');
  if (!allowed) return <NotAllowedNotice />;
  const params = await searchParams;
  const q = typeof params.q === 'string' ? params.q.slice(0, 100) : '';
  const header = <PageHeader title="Catalog" subtitle="Microsoft products from Ingram Micro: every term and billing option with its price. Buying starts the Add Subscription wizard." />;
  const integration = integrationState();
  const tenant = await tenantFromSearchParams(searchParams, user);
  if (integration !== 'enabled') {
    return (
      <>
        {header}
        <TenantContextNotice context={{ state: integration, tenant: { displayName: tenant?.displayName ?? '' } }} canConfigure={levelAllows(user.level, 'integrations.manage')} />
      </>
    );
  }
  let groups: CatalogGroup[] = [];
  let error: PublicIngramError | undefined;
  try {
    groups = await searchMicrosoftCatalog(q);
  } catch (e) {
    if (!isIngramError(e)) throw e;
    error = e.toPublic();
  }
  return (
    <>
      {header}
      <CatalogSearch initial={q} />
      {error && <UpstreamNotice error={error} title="The catalog could not be read from Ingram Micro" />}
      <CatalogTable groups={groups} tenantFilter={tenant?.defaultDomain} />
    </>
  );
}
