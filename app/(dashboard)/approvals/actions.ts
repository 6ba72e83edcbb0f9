'use server';
import { revalidatePath } from 'next/cache';
import { approveRequest, rejectApproval } from '@/lib/approvals/decide';
import { readApprovalPolicy } from '@/lib/approvals/store';
import { defineAction } from '@/lib/actions/factory';
import { ok, type ActionResult } from '@/lib/actions/result';
import type { CurrentUser } from '@/lib/auth/current-user';
import type { ApprovalSummary } from '@/db/schema';
import { getIngramClient } from '@/lib/ingram';
import { orderRef } from '@/lib/orders/queries';
import { approveSchema, rejectSchema } from '@/lib/validations/approvals';

/** What an approval click did: the price moved (confirm it), the order placed or refused, or still being placed. */
export type ApproveResult =
  { kind: 'price-changed'; before: ApprovalSummary; after: ApprovalSummary } | { kind: 'in-progress' } | { kind: 'placed' | 'failed' | 'unknown'; ref: string; error: string | null };

const approverOnly = (user: CurrentUser) => (readApprovalPolicy().approverRoles.includes(user.role) ? true : 'Your role cannot approve purchases.');

// Approves a request: everything re-checked, a fresh estimate (a changed price is shown first), then the order placed once.
export const approvePurchase = defineAction({
  name: 'approvals.approve',
  permission: 'approvals.decide',
  authorize: approverOnly,
  schema: approveSchema,
  async run({ id, confirmedTotal }, ctx): Promise<ActionResult<ApproveResult>> {
    const res = await approveRequest(id, ctx.user, confirmedTotal ?? null, getIngramClient());
    if (!res.ok) {
      ctx.audit({ result: res.code === 'FORBIDDEN' || res.code === 'NOT_FOUND' ? 'refused' : 'failure', target: `approval ${id}`, message: res.error });
      return res;
    }
    const out = res.data;
    revalidatePath('/approvals');
    if (out.kind === 'price-changed') {
      ctx.audit({
        result: 'failure',
        target: `approval ${id}`,
        before: { total: out.before.total },
        after: { total: out.after.total },
        message: 'The price changed: the approver must confirm the new estimate',
      });
      return ok({ kind: out.kind, before: out.before, after: out.after });
    }
    if (out.kind === 'in-progress') return ok({ kind: out.kind });
    const { order, request } = out;
    ctx.audit({
      result: out.kind === 'failed' ? 'failure' : 'success',
      tenantId: request.tenantId,
      target: `${request.summary.product} (${request.summary.mpn})`,
      before: { request: id, status: 'pending', requestedBy: request.requestedBy },
      after: { request: id, status: request.status, order: orderRef(order), poNumber: order.poNumber, total: request.summary.total, currency: request.summary.currency },
      message: out.kind === 'failed' ? order.errorMessage : `Approved ${request.requestedBy}'s order`,
      correlationId: order.correlationId,
    });
    return ok({ kind: out.kind, ref: orderRef(order), error: order.errorMessage });
  },
});

// Rejects a request with a reason: nothing is ordered.
export const rejectPurchase = defineAction({
  name: 'approvals.reject',
  permission: 'approvals.decide',
  authorize: approverOnly,
  schema: rejectSchema,
  async run({ id, reason }, ctx) {
    const res = rejectApproval(id, ctx.user, reason);
    if (!res.ok) {
      ctx.audit({ result: res.code === 'FORBIDDEN' || res.code === 'NOT_FOUND' ? 'refused' : 'failure', target: `approval ${id}`, message: res.error });
      return res;
    }
    ctx.audit({
      result: 'success',
      tenantId: res.data.tenantId,
      target: `${res.data.summary.product} (${res.data.summary.mpn})`,
      before: { request: id, status: 'pending' },
      after: { request: id, status: 'rejected', reason },
      message: `Rejected ${res.data.requestedBy}'s order`,
    });
    revalidatePath('/approvals');
    return ok({ id });
  },
});
