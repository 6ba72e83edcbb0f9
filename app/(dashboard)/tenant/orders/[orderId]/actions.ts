'use server';
import { revalidatePath } from 'next/cache';
import { defineAction } from '@/lib/actions/factory';
import { ok } from '@/lib/actions/result';
import { authorizeLicenseChange } from '@/lib/auth/license-access';
import { isIngramError } from '@/lib/ingram';
import { isRefusal } from '@/lib/licenses/context';
import { withdrawScheduledOrder } from '@/lib/orders/withdraw';
import { orderWithdrawSchema } from '@/lib/validations/orders';

// Withdraws an order Ingram has not processed yet (a change scheduled for renewal): PATCH statusCode CL.
export const withdrawOrder = defineAction({
  name: 'orders.withdraw',
  permission: 'licenses.manage',
  authorize: authorizeLicenseChange,
  schema: orderWithdrawSchema,
  async run({ tenantId, orderId }, ctx) {
    try {
      const done = await withdrawScheduledOrder(tenantId, orderId);
      if (isRefusal(done)) {
        ctx.audit({ result: 'failure', tenantId, target: `order ${orderId}`, message: done.error });
        return done;
      }
      ctx.audit({
        result: 'success',
        tenantId: done.tenantId,
        target: done.subscriptionId ?? `order ${orderId}`,
        before: {
          orderId,
          orderNumber: done.orderNumber,
          status: done.before.status,
          ...(done.local ? { poNumber: done.local.poNumber, quantity: done.local.quantity, scheduledOn: done.local.scheduledOn } : {}),
        },
        after: { orderId, orderNumber: done.orderNumber, status: done.after.status },
        message: `Withdrew order ${done.orderNumber ?? orderId}`,
      });
      revalidatePath('/tenant/licenses');
      return ok({ orderId, orderNumber: done.orderNumber, status: done.after.status });
    } catch (e) {
      const pub = isIngramError(e) ? e.toPublic() : undefined;
      ctx.audit({ result: 'failure', tenantId, target: `order ${orderId}`, before: { orderId }, message: pub?.message ?? String(e), correlationId: pub?.correlationId });
      throw e;
    }
  },
});
