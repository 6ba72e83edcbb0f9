// Orders for All Tenants: the first page rendered on the server, then paged through the GET route.
import { PageHeader } from '@/components/page-header';
import type { TenantScope } from '@/lib/auth/tenant-scope';
import { orderPageSchema } from '@/lib/inventory/filter';
import { listPortfolioOrders } from '@/lib/inventory/portfolio/orders';
import type { SearchParams } from '@/lib/tenants/current';
import { AllTenantsOrders } from './all-tenants-orders';

export async function AllTenantsOrdersPage({ searchParams, scope }: { searchParams: SearchParams; scope: TenantScope }) {
  const parsed = orderPageSchema.safeParse(await searchParams);
  const query = parsed.success ? parsed.data : orderPageSchema.parse({});
  return (
    <>
      <PageHeader title="Orders" subtitle="All tenants · orders placed through this app and the open ones the sync saw at Ingram Micro, newest first" />
      <AllTenantsOrders initial={{ query, data: listPortfolioOrders({ ...query, scope }) }} />
    </>
  );
}
