import 'server-only';
// Approving re-checks everything before the order goes: the approver (role, never the requester,
// tenant scope), the requester still allowed to buy, the mapping, product and quantity, and a fresh
// estimate (a changed price must be seen and confirmed). The order is then placed once, through the
// normal flow, under the requester's own submit key: a double click or a retry finds the same order.
import { fail, ok, type ActionResult } from '@/lib/actions/result';
import { loadUser, type CurrentUser } from '@/lib/auth/current-user';
import { authorizeLicenseChange } from '@/lib/auth/license-access';
import { inScope } from '@/lib/auth/tenant-scope';
import type { IngramClient } from '@/lib/ingram';
import { orderByRequestKey } from '@/lib/orders/queries';
import type { OrderDto } from '@/lib/orders/types';
import { placePurchase } from '@/lib/purchase/place';
import { planPurchase } from '@/lib/purchase/plan';
import { purchaseSchema } from '@/lib/validations/purchase';
import type { ApprovalRow, ApprovalSummary } from '@/db/schema';
import { notifyApproval } from './notify';
import { mayApprove } from './policy';
import { estimateOrNull, summarise } from './request';
import { approvalById, claimForPlacing, finishPlacing, readApprovalPolicy, rejectRequest, updateEstimate } from './store';

export type ApproveOutcome =
  | { kind: 'price-changed'; before: ApprovalSummary; after: ApprovalSummary }
  | { kind: 'placed' | 'failed' | 'unknown'; order: OrderDto; request: ApprovalRow }
  | { kind: 'in-progress'; request: ApprovalRow };

const NOT_FOUND = 'No such approval request.';

/** The request, when this approver may decide it (refusals say why; another scope's request does not exist). */
function decidable(id: number, approver: CurrentUser): ActionResult<ApprovalRow> {
  const row = approvalById(id);
  if (!row || !inScope(approver.scope, row.tenantId)) return fail('NOT_FOUND', NOT_FOUND);
  const verdict = mayApprove(readApprovalPolicy(), approver, row.requestedById);
  if (verdict !== true) return fail('FORBIDDEN', verdict);
  return ok(row);
}

const closed: Record<string, string> = {
  rejected: 'This request was rejected: nothing can be placed.',
  expired: 'This request expired before anyone decided: ask the requester to submit it again.',
  failed: 'This request was approved, but Ingram Micro refused the order. See its order for the reason.',
};

export async function approveRequest(id: number, approver: CurrentUser, confirmedTotal: string | null, client: IngramClient): Promise<ActionResult<ApproveOutcome>> {
  const found = decidable(id, approver);
  if (!found.ok) return found;
  const row = found.data;
  // A second click, or a retry after an unclear answer: the order placed under the request's key.
  if (row.status === 'placing' || row.status === 'placed') {
    const order = orderByRequestKey(row.requestKey);
    return ok(order ? { kind: order.state === 'placed' ? 'placed' : order.state === 'failed' ? 'failed' : 'unknown', order, request: row } : { kind: 'in-progress', request: row });
  }
  if (row.status !== 'pending') return fail('CONFLICT', closed[row.status] ?? 'This request is no longer pending.');

  const requester = loadUser(row.requestedById);
  if (!requester) return fail('CONFLICT', `${row.requestedBy} can no longer sign in: the request cannot be placed in their name. Reject it.`);
  const allowed = authorizeLicenseChange(requester);
  if (allowed !== true) return fail('CONFLICT', `${row.requestedBy} may no longer buy licenses: ${allowed}`);
  if (!inScope(requester.scope, row.tenantId)) return fail('CONFLICT', `${row.requestedBy} no longer has this tenant in their role's scope.`);

  const values = purchaseSchema.safeParse(row.payload.values);
  if (!values.success) return fail('CONFLICT', 'The request no longer describes a valid order. Reject it.');
  const planned = await planPurchase(values.data, client);
  if (!planned.ok) return fail('CONFLICT', `The order cannot be placed as asked: ${planned.error}`);
  const fresh = summarise(planned.data, await estimateOrNull(planned.data, client), row.summary.reasons);
  // A different price than the one the request shows: the approver sees it and confirms it first.
  if (fresh.total !== row.summary.total && confirmedTotal !== fresh.total) {
    updateEstimate(row.id, fresh);
    return ok({ kind: 'price-changed', before: row.summary, after: fresh });
  }
  if (!claimForPlacing(row.id, approver.email)) {
    const again = approvalById(row.id);
    return again?.status === 'placing' || again?.status === 'placed'
      ? approveRequest(id, approver, confirmedTotal, client)
      : fail('CONFLICT', closed[again?.status ?? ''] ?? 'This request is no longer pending.');
  }
  const order = await placePurchase(planned.data, values.data, requester, client);
  finishPlacing(row.id, { status: order.state === 'failed' ? 'failed' : 'placed', orderId: order.id, reason: order.state === 'failed' ? order.errorMessage : null });
  const decided = approvalById(row.id) ?? row;
  notifyApproval(order.state === 'failed' ? 'failed' : 'approved', decided);
  return ok({ kind: order.state === 'placed' ? 'placed' : order.state === 'failed' ? 'failed' : 'unknown', order, request: decided });
}

export function rejectApproval(id: number, approver: CurrentUser, reason: string): ActionResult<ApprovalRow> {
  const found = decidable(id, approver);
  if (!found.ok) return found;
  if (!rejectRequest(id, approver.email, reason)) return fail('CONFLICT', closed[found.data.status] ?? 'This request is no longer pending.');
  const rejected = approvalById(id)!;
  notifyApproval('rejected', rejected);
  return ok(rejected);
}
