import 'server-only';
// Placing one subscription's row of a bulk change: a decrease at renewal through the one
// seat-change pipeline (one order per request key), or auto-renew off. Checked again on fresh facts.
import type { ActionContext } from '@/lib/actions/factory';
import { fail, ok, type ActionResult } from '@/lib/actions/result';
import { approvalReasons } from '@/lib/approvals/policy';
import { readApprovalPolicy } from '@/lib/approvals/store';
import { isIngramError, type IngramClient } from '@/lib/ingram';
import { planSeatChange } from '@/lib/licenses/changes';
import { isRefusal, refuse, resolveTarget } from '@/lib/licenses/context';
import { placeSeatChange } from '@/lib/licenses/seat-change';
import { earlierSubmission } from '@/lib/orders/submit';
import type { OrderDto } from '@/lib/orders/types';
import type { BulkChange } from './predict';
import { bulkRequestKey } from './predict';
import type { PlaceResult } from './types';

type Row = BulkChange & { batchId: string; tenantId: string; subscriptionId: string };

const resultOf = (subscriptionId: string, o: OrderDto): PlaceResult => ({
  subscriptionId,
  orderNumber: o.ingramOrderNumber,
  state: o.status,
  message: o.errorMessage,
  httpStatus: o.errorStatus,
  correlationId: o.correlationId,
});

/** A failed order as the row shows it: Ingram's message, HTTP status and correlation id. */
function orderFailure(o: OrderDto) {
  const message = o.errorMessage ?? 'Ingram Micro refused the order.';
  return fail('UPSTREAM', message, { upstream: { operation: 'place the change order', message, status: o.errorStatus ?? undefined, correlationId: o.correlationId ?? undefined, retryable: false } });
}

export async function placeBulkRow(row: Row, ctx: ActionContext, client: IngramClient): Promise<ActionResult<PlaceResult>> {
  const requestKey = bulkRequestKey(row.batchId, row.subscriptionId);
  if (row.kind !== 'auto-renew-off') {
    // A retry or a second click of the same batch answers with the first order.
    const earlier = earlierSubmission(requestKey, { tenantId: row.tenantId, email: ctx.user.email });
    if (earlier) return 'ok' in earlier ? earlier : earlier.order.state === 'failed' ? orderFailure(earlier.order) : ok(resultOf(row.subscriptionId, earlier.order));
  }
  const reasons = approvalReasons(readApprovalPolicy(), { role: ctx.user.role, seats: 0, termMonths: null, monthly: 0, termTotal: 0, currency: null });
  if (reasons.length) return refuse('CONFLICT', `Needs an approval: ${reasons.join('; ')}.`);
  const target = await resolveTarget(client, row.tenantId, row.subscriptionId);
  if (isRefusal(target)) return target;
  const before = target.sub.product?.quantity ?? 0;
  if (row.kind === 'auto-renew-off') return autoRenewOff(row, target.sub.autoRenew ?? false, before, ctx, client);
  const after = row.kind === 'decrease' ? before - (row.seats ?? 0) : (row.seats ?? before);
  if (after >= before) return refuse('CONFLICT', `${after} is not below the ${before} seats it has: a bulk change only decreases at renewal.`);
  const plan = await planSeatChange(client, target, 'schedule-decrease', before - after);
  // A parallel call of the same batch (a double click) may have placed it meanwhile: that order is the answer.
  const meanwhile = isRefusal(plan) ? earlierSubmission(requestKey, { tenantId: row.tenantId, email: ctx.user.email }) : undefined;
  if (meanwhile && !('ok' in meanwhile)) return meanwhile.order.state === 'failed' ? orderFailure(meanwhile.order) : ok(resultOf(row.subscriptionId, meanwhile.order));
  if (isRefusal(plan)) {
    ctx.audit({ result: 'failure', tenantId: row.tenantId, target: row.subscriptionId, message: plan.error });
    return plan;
  }
  const order = await placeSeatChange(client, plan.change, requestKey, ctx.user.email);
  ctx.audit({
    result: order.state === 'failed' ? 'failure' : 'success',
    tenantId: row.tenantId,
    target: row.subscriptionId,
    before: { quantity: plan.before },
    after: { quantity: plan.after, kind: 'schedule-decrease', batchId: row.batchId, orderId: order.ingramOrderId, orderNumber: order.ingramOrderNumber, poNumber: order.poNumber, state: order.state },
    message: order.errorMessage,
    correlationId: order.correlationId,
  });
  return order.state === 'failed' ? orderFailure(order) : ok(resultOf(row.subscriptionId, order));
}

async function autoRenewOff(row: Row, was: boolean, quantity: number, ctx: ActionContext, client: IngramClient): Promise<ActionResult<PlaceResult>> {
  const done = { subscriptionId: row.subscriptionId, orderNumber: null, httpStatus: null, correlationId: null };
  // Already off (a retry, or someone else): nothing to send.
  if (!was) return ok({ ...done, state: 'auto-renew off', message: 'Auto-renew was already off.' });
  try {
    await client.setAutoRenew(row.subscriptionId, false);
    ctx.audit({ result: 'success', tenantId: row.tenantId, target: row.subscriptionId, before: { autoRenew: true, quantity }, after: { autoRenew: false, batchId: row.batchId } });
    return ok({ ...done, state: 'auto-renew off', message: null });
  } catch (e) {
    if (!isIngramError(e)) throw e;
    const p = e.toPublic();
    ctx.audit({ result: 'failure', tenantId: row.tenantId, target: row.subscriptionId, before: { autoRenew: true }, after: { autoRenew: false }, message: p.message, correlationId: p.correlationId });
    return fail('UPSTREAM', p.message, { upstream: p });
  }
}
