// One page of alert deliveries, newest first, with status, attempts and the last error.
import { ok } from '@/lib/actions/result';
import { defineRoute } from '@/lib/actions/route';
import { listDeliveriesPage } from '@/lib/alerts/deliveries';
import { deliveriesQuerySchema } from '@/lib/validations/alerts';

export const dynamic = 'force-dynamic';

export const GET = defineRoute({
  route: '/api/alerts/deliveries',
  permission: 'alerts.manage',
  search: deliveriesQuerySchema,
  async run({ search }) {
    return ok(listDeliveriesPage(search));
  },
});
