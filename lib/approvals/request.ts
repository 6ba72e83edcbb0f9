import 'server-only';
// The purchase flow's four-eyes step: price the planned order, and when the policy asks for it,
// record an approval request instead of sending the order to Ingram.
import type { ApprovalRow, ApprovalSummary } from '@/db/schema';
import type { CurrentUser } from '@/lib/auth/current-user';
import { monthsOf } from '@/lib/catalog/periods';
import { isIngramError, type IngramClient } from '@/lib/ingram';
import { estimatePlan, type EstimateDto } from '@/lib/purchase/estimate';
import type { PurchasePlan } from '@/lib/purchase/plan';
import type { PurchaseValues } from '@/lib/validations/purchase';
import { approvalReasons, normaliseEstimate, type ApprovalPolicy } from './policy';
import { notifyApproval } from './notify';
import { createApprovalRequest, readApprovalPolicy } from './store';

/** The estimate, or null when Ingram could not price the order (the policy then treats amounts as unknown). */
export async function estimateOrNull(plan: PurchasePlan, client: IngramClient): Promise<EstimateDto | null> {
  try {
    return await estimatePlan(plan, client);
  } catch (e) {
    if (isIngramError(e)) return null;
    throw e;
  }
}

/** What an approver sees of the order, with its price per month and over the term. */
export function summarise(plan: PurchasePlan, estimate: EstimateDto | null, reasons: string[]): ApprovalSummary {
  const termMonths = monthsOf(plan.variant.termCode) ?? null;
  const total = estimate?.total ? Number(estimate.total.amount) : null;
  const { monthly, termTotal } = normaliseEstimate(total, monthsOf(plan.variant.billingCode) ?? null, termMonths);
  return {
    product: plan.group.name,
    mpn: plan.group.mpn,
    mode: plan.mode,
    seats: plan.quantity,
    orderQuantity: plan.orderQuantity,
    subscriptionId: plan.existing?.subscriptionId ?? null,
    termCode: plan.variant.termCode,
    billingCode: plan.variant.billingCode,
    total: estimate?.total?.amount ?? null,
    currency: estimate?.total?.currency ?? plan.variant.currency ?? null,
    monthly: monthly === null ? null : monthly.toFixed(2),
    termTotal: termTotal === null ? null : termTotal.toFixed(2),
    reasons,
  };
}

export function reasonsFor(policy: ApprovalPolicy, plan: PurchasePlan, summary: ApprovalSummary, role: string): string[] {
  return approvalReasons(policy, {
    role,
    seats: plan.quantity,
    termMonths: monthsOf(plan.variant.termCode) ?? null,
    monthly: summary.monthly === null ? null : Number(summary.monthly),
    termTotal: summary.termTotal === null ? null : Number(summary.termTotal),
    currency: summary.currency,
  });
}

/** Records an approval request when the policy asks for one; undefined when the order may go now. */
export async function approvalNeeded(plan: PurchasePlan, values: PurchaseValues, user: CurrentUser, client: IngramClient): Promise<ApprovalRow | 'not-yours' | undefined> {
  const policy = readApprovalPolicy();
  if (!policy.enabled) return undefined;
  const estimate = await estimateOrNull(plan, client);
  const draft = summarise(plan, estimate, []);
  const reasons = reasonsFor(policy, plan, draft, user.role);
  if (reasons.length === 0) return undefined;
  const made = createApprovalRequest({
    requestKey: values.requestKey,
    tenantId: plan.tenant.tenantId,
    customerId: plan.customerId,
    payload: { kind: 'purchase', values: { ...values } },
    summary: { ...draft, reasons },
    requester: { id: user.id, email: user.email },
    expiryHours: policy.expiryHours,
  });
  if (!made) return 'not-yours';
  // A new request (not a resubmission of the same key): the approvers hear of it.
  if (made.created) notifyApproval('requested', made.row);
  return made.row;
}
