'use server';
import { defineAction, type ActionContext } from '@/lib/actions/factory';
import { fail, ok, type ActionFailure } from '@/lib/actions/result';
import { authorizeLicenseChange } from '@/lib/auth/license-access';
import { getIngramClient, isIngramError } from '@/lib/ingram';
import { placeCancellation, planCancellation, planSeatChange } from '@/lib/licenses/changes';
import { isRefusal, resolveTarget } from '@/lib/licenses/context';
import { placeSeatChange } from '@/lib/licenses/seat-change';
import { earlierSubmission } from '@/lib/orders/submit';
import type { OrderDto } from '@/lib/orders/types';
import { autoRenewSchema, cancelSchema, seatChangeSchema } from '@/lib/validations/licenses';

const manage = { permission: 'licenses.manage', authorize: authorizeLicenseChange } as const;

/** An order Ingram refused: its message, HTTP status and correlation id, as the alert shows them. */
function orderFailure(o: OrderDto, operation: string): ActionFailure {
  const message = o.errorMessage ?? 'Ingram Micro refused the order.';
  return fail('UPSTREAM', message, { upstream: { operation, message, status: o.errorStatus ?? undefined, correlationId: o.correlationId ?? undefined, retryable: false } });
}

/** The audit row of a placed (or refused) change or cancellation order: before, after and the order. */
function auditOrder(ctx: ActionContext, target: { tenantId: string }, subscriptionId: string, before: object, after: object, order: OrderDto) {
  ctx.audit({
    result: order.state === 'failed' ? 'failure' : 'success',
    tenantId: target.tenantId,
    target: subscriptionId,
    before,
    after: { ...after, orderId: order.ingramOrderId, orderNumber: order.ingramOrderNumber, poNumber: order.poNumber, state: order.state, ...(order.recoveredAt ? { recovered: true } : {}) },
    message: order.recoveredAt
      ? `Recovered: Ingram Micro's answer was unclear (a timeout or a server error); the order was found by its PO number ${order.poNumber} and not placed again.`
      : order.errorMessage,
    correlationId: order.correlationId,
  });
}

// Adds seats, removes seats inside their 7-day window, or schedules a decrease for the renewal: a change order with the new total.
export const changeLicenseSeats = defineAction({
  name: 'licenses.changeSeats',
  ...manage,
  schema: seatChangeSchema,
  async run({ tenantId, subscriptionId, kind, seats, requestKey }, ctx) {
    const earlier = earlierSubmission(requestKey, { tenantId, email: ctx.user.email });
    if (earlier) return 'ok' in earlier ? earlier : ok(earlier.order);
    const client = getIngramClient();
    const target = await resolveTarget(client, tenantId, subscriptionId);
    if (isRefusal(target)) return target;
    const plan = await planSeatChange(client, target, kind, seats);
    if (isRefusal(plan)) {
      ctx.audit({ result: 'failure', tenantId: target.tenantId, target: subscriptionId, message: plan.error });
      return plan;
    }
    const order = await placeSeatChange(client, plan.change, requestKey, ctx.user.email);
    auditOrder(ctx, target, subscriptionId, { quantity: plan.before }, { quantity: plan.after, kind, scheduledOn: order.scheduledOn }, order);
    return order.state === 'failed' ? orderFailure(order, 'place the change order') : ok(order);
  },
});

// Cancels a subscription inside its 7-day window: a cancellation order.
export const cancelLicense = defineAction({
  name: 'licenses.cancel',
  ...manage,
  schema: cancelSchema,
  async run({ tenantId, subscriptionId, requestKey }, ctx) {
    const earlier = earlierSubmission(requestKey, { tenantId, email: ctx.user.email });
    if (earlier) return 'ok' in earlier ? earlier : ok(earlier.order);
    const client = getIngramClient();
    const target = await resolveTarget(client, tenantId, subscriptionId);
    if (isRefusal(target)) return target;
    const plan = await planCancellation(client, target);
    if (isRefusal(plan)) {
      ctx.audit({ result: 'failure', tenantId: target.tenantId, target: subscriptionId, message: plan.error });
      return plan;
    }
    const order = await placeCancellation(client, target, plan, requestKey, ctx.user.email);
    auditOrder(ctx, target, subscriptionId, { quantity: plan.quantity, status: plan.status }, { quantity: 0 }, order);
    return order.state === 'failed' ? orderFailure(order, 'place the cancellation order') : ok(order);
  },
});

// Turns a subscription's auto-renew on or off (PATCH renewalStatus; no order).
export const setLicenseAutoRenew = defineAction({
  name: 'licenses.setAutoRenew',
  ...manage,
  schema: autoRenewSchema,
  async run({ tenantId, subscriptionId, on }, ctx) {
    const client = getIngramClient();
    const target = await resolveTarget(client, tenantId, subscriptionId);
    if (isRefusal(target)) return target;
    const before = { autoRenew: target.sub.autoRenew ?? null, quantity: target.sub.product?.quantity ?? null };
    try {
      const after = await client.setAutoRenew(subscriptionId, on);
      ctx.audit({
        result: 'success',
        tenantId: target.tenantId,
        target: subscriptionId,
        before,
        after: { autoRenew: after.autoRenew ?? on, quantity: after.product?.quantity ?? null, orderId: null },
      });
      return ok({ subscriptionId, autoRenew: after.autoRenew ?? on });
    } catch (e) {
      const pub = isIngramError(e) ? e.toPublic() : undefined;
      ctx.audit({ result: 'failure', tenantId: target.tenantId, target: subscriptionId, before, after: { autoRenew: on }, message: pub?.message ?? String(e), correlationId: pub?.correlationId });
      throw e;
    }
  },
});
