'use server';
import { approvalNeeded } from '@/lib/approvals/request';
import { approvalByRequestKey } from '@/lib/approvals/store';
import { defineAction } from '@/lib/actions/factory';
import { fail, ok, type ActionResult } from '@/lib/actions/result';
import { authorizeLicenseChange } from '@/lib/auth/license-access';
import { getIngramClient } from '@/lib/ingram';
import { orderRef } from '@/lib/orders/queries';
import { earlierSubmission } from '@/lib/orders/submit';
import { placePurchase, purchaseAuditRecord } from '@/lib/purchase/place';
import { planPurchase } from '@/lib/purchase/plan';
import { purchaseSchema } from '@/lib/validations/purchase';

/** The order placed (or already placed for this submit), or the approval request it waits in. */
export type PurchaseOutcome = { ref: string; state: 'sending' | 'placed' | 'failed' | 'unknown'; repeated: boolean } | { approval: { id: number; status: string }; repeated: boolean };

// Places the purchase (a sales order, or a change order adding seats): re-checked here, recorded before sending, sent once.
export const submitPurchase = defineAction({
  name: 'purchase.place',
  permission: 'licenses.manage',
  authorize: authorizeLicenseChange,
  schema: purchaseSchema,
  async run(input, ctx): Promise<ActionResult<PurchaseOutcome>> {
    // A double click, a resubmitted form or a browser retry: answer with the first order.
    const earlier = earlierSubmission(input.requestKey, { tenantId: input.tenantId, email: ctx.user.email });
    if (earlier && 'ok' in earlier) return earlier;
    if (earlier) return ok({ ref: orderRef(earlier.order), state: earlier.order.state, repeated: true });
    const waiting = approvalByRequestKey(input.requestKey);
    if (waiting)
      return waiting.requestedById === ctx.user.id
        ? ok({ approval: { id: waiting.id, status: waiting.status }, repeated: true })
        : fail('CONFLICT', 'This request key belongs to another submission. Reload the page.');
    const client = getIngramClient();
    const planned = await planPurchase(input, client);
    if (!planned.ok) {
      ctx.audit({ result: 'refused', tenantId: input.tenantId, target: input.mpn, after: { ...input, requestKey: undefined }, message: planned.error });
      return planned;
    }
    const plan = planned.data;
    // Above the approval policy's thresholds: recorded for a second person, not sent to Ingram.
    const approval = await approvalNeeded(plan, input, ctx.user, client);
    if (approval === 'not-yours') return fail('CONFLICT', 'This request key belongs to another submission. Reload the page.');
    if (approval) {
      ctx.audit({
        action: 'purchase.requestApproval',
        result: 'success',
        tenantId: plan.tenant.tenantId,
        target: `${plan.group.name} (${plan.group.mpn})`,
        after: { request: approval.id, ...approval.summary },
        message: `Waiting for approval: ${approval.summary.reasons.join('; ')}`,
      });
      return ok({ approval: { id: approval.id, status: approval.status }, repeated: false });
    }
    const order = await placePurchase(plan, input, ctx.user, client);
    const record = purchaseAuditRecord(plan, order, input);
    ctx.audit({
      result: order.state === 'placed' ? 'success' : 'failure',
      tenantId: plan.tenant.tenantId,
      target: `${plan.group.name} (${plan.group.mpn})`,
      before: plan.existing ? { subscriptionId: plan.existing.subscriptionId, quantity: plan.existing.quantity } : undefined,
      after: record,
      message: order.state === 'placed' ? null : order.state === 'unknown' ? `Outcome unclear, still checking: ${order.errorMessage ?? ''}` : order.errorMessage,
      correlationId: order.correlationId,
    });
    if (order.state === 'failed') {
      return fail('UPSTREAM', order.errorMessage ?? 'Ingram Micro refused the order.', {
        upstream: {
          operation: 'place the order',
          message: order.errorMessage ?? 'Ingram Micro refused the order.',
          status: order.errorStatus ?? undefined,
          correlationId: order.correlationId ?? undefined,
          retryable: false,
        },
      });
    }
    return ok({ ref: orderRef(order), state: order.state, repeated: false });
  },
});
