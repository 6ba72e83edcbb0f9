// One order the app placed, refreshed from Ingram while it has not ended: for following it from the licenses page.
import { z } from 'zod';
import { defineRoute } from '@/lib/actions/route';
import { fail, ok } from '@/lib/actions/result';
import { pollOrder } from '@/lib/orders/refresh';

export const dynamic = 'force-dynamic';

export const GET = defineRoute({
  route: '/api/orders/[orderId]',
  permission: 'orders.view',
  params: z.object({ orderId: z.coerce.number({ error: 'Not an order id.' }).int('Not an order id.').positive('Not an order id.').max(Number.MAX_SAFE_INTEGER, 'Not an order id.') }),
  async run({ params }) {
    const polled = await pollOrder(params.orderId);
    return polled ? ok(polled) : fail('NOT_FOUND', 'No such order.');
  },
});
