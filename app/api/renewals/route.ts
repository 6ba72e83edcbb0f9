// The Renewals page's read: one tenant's or every scoped tenant's subscriptions renewing in a range.
import { defineRoute } from '@/lib/actions/route';
import { ok } from '@/lib/actions/result';
import { listRenewals } from '@/lib/renewals/queries';
import { renewalsSearchSchema } from '@/lib/validations/renewals';

export const dynamic = 'force-dynamic';

export const GET = defineRoute({
  route: '/api/renewals',
  permission: 'licenses.view',
  search: renewalsSearchSchema,
  async run({ search }, { user }) {
    return ok(listRenewals({ ...search, scope: user.scope }));
  },
});
