// One order the app placed, refreshed from Ingram while it has not ended: for following it from the licenses page.
import { z } from 'zod';
import { defineRoute } from '@/lib/actions/route';
import { fail, ok } from '@/lib/actions/result';
import { writeAudit } from '@/lib/audit';
import { inScope } from '@/lib/auth/tenant-scope';
import { orderById } from '@/lib/orders/queries';
import { pollOrder } from '@/lib/orders/refresh';

export const dynamic = 'force-dynamic';

export const GET = defineRoute({
  route: '/api/orders/[orderId]',
  permission: 'orders.view',
  params: z.object({ orderId: z.coerce.number({ error: 'Not an order id.' }).int('Not an order id.').positive('Not an order id.').max(Number.MAX_SAFE_INTEGER, 'Not an order id.') }),
  async run({ params }, { user }) {
    // An order of a tenant outside the role's scope does not exist for this user.
    const known = orderById(params.orderId);
    if (known && !inScope(user.scope, known.tenantId)) {
      writeAudit({
        action: 'route:GET /api/orders/[orderId]',
        result: 'refused',
        user: { id: user.id, email: user.email, role: user.role },
        tenantId: known.tenantId,
        message: 'Tenant outside the role’s scope.',
      });
    }
    if (!known || !inScope(user.scope, known.tenantId)) return fail('NOT_FOUND', 'No such order.');
    const polled = await pollOrder(params.orderId);
    return polled ? ok(polled) : fail('NOT_FOUND', 'No such order.');
  },
});
