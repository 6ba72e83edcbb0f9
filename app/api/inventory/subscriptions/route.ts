// All Tenants: one page of every mapped tenant's subscriptions from the inventory, with totals.
import { defineRoute } from '@/lib/actions/route';
import { ok } from '@/lib/actions/result';
import { levelAllows } from '@/lib/auth/permissions';
import { subscriptionPageSchema } from '@/lib/inventory/filter';
import { listPortfolioSubscriptions } from '@/lib/inventory/portfolio/subscriptions';

export const dynamic = 'force-dynamic';

export const GET = defineRoute({
  route: '/api/inventory/subscriptions',
  permission: 'licenses.view',
  search: subscriptionPageSchema,
  async run({ search }, { user }) {
    return ok(listPortfolioSubscriptions({ ...search, scope: user.scope }, { withCost: levelAllows(user.level, 'costs.view') }));
  },
});
