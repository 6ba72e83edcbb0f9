// CSP Licenses for All Tenants: the first page rendered on the server from the inventory, then
// the grid pages, sorts and filters through the GET route.
import { PageHeader } from '@/components/page-header';
import type { CurrentUser } from '@/lib/auth/current-user';
import { levelAllows } from '@/lib/auth/permissions';
import { subscriptionPageSchema } from '@/lib/inventory/filter';
import { listPortfolioSubscriptions } from '@/lib/inventory/portfolio/subscriptions';
import type { SearchParams } from '@/lib/tenants/current';
import { AllTenantsLicenses } from './all-tenants-licenses';

export async function AllTenantsLicensesPage({ user, searchParams }: { user: CurrentUser; searchParams: SearchParams }) {
  const parsed = subscriptionPageSchema.safeParse(await searchParams);
  const query = parsed.success ? parsed.data : subscriptionPageSchema.parse({});
  const data = listPortfolioSubscriptions({ ...query, scope: user.scope }, { withCost: levelAllows(user.level, 'costs.view') });
  return (
    <>
      <PageHeader title="CSP Licenses" subtitle="All tenants · every mapped tenant’s subscriptions from the inventory" />
      <AllTenantsLicenses initial={{ query, data }} />
    </>
  );
}
