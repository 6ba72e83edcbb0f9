// The reclaim plan: one tenant (?tenantId=) or every tenant of the role's scope, from the inventory and the synced usage.
import { ok } from '@/lib/actions/result';
import { defineRoute } from '@/lib/actions/route';
import { readReclaimPlan } from '@/lib/reclaim/read';
import { reclaimSearchSchema } from '@/lib/validations/reclaim';

export const dynamic = 'force-dynamic';

export const GET = defineRoute({
  route: '/api/reclaim',
  permission: 'licenses.view',
  search: reclaimSearchSchema,
  async run({ search }, { user }) {
    return ok(readReclaimPlan({ scope: user.scope, tenantId: search.tenantId }));
  },
});
