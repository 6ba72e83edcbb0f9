// All Tenants orders: those placed here and those the sync saw at Ingram, one page at a time.
import { defineRoute } from '@/lib/actions/route';
import { ok } from '@/lib/actions/result';
import { orderPageSchema } from '@/lib/inventory/filter';
import { listPortfolioOrders } from '@/lib/inventory/portfolio/orders';

export const dynamic = 'force-dynamic';

export const GET = defineRoute({
  route: '/api/inventory/orders',
  permission: 'orders.view',
  search: orderPageSchema,
  async run({ search }, { user }) {
    return ok(listPortfolioOrders({ ...search, scope: user.scope }));
  },
});
