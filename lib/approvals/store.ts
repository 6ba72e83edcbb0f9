import 'server-only';
// The approval policy row and the approval requests: created idempotently by the requester's
// submit key, claimed once for placing, and marked expired when their time has passed.
import { and, desc, eq, lt, or, sql } from 'drizzle-orm';
import { getDb } from '@/db';
import { approvalPolicy, purchaseApprovals, type ApprovalPayload, type ApprovalRow, type ApprovalSummary } from '@/db/schema';
import type { TenantScope } from '@/lib/auth/tenant-scope';
import { tenantScopeCondition } from '@/lib/auth/tenant-scope-sql';
import type { ApprovalPolicy } from './policy';

const num = (v: string | null) => (v === null || v === '' ? null : Number(v));

export function readApprovalPolicy(): ApprovalPolicy {
  const row = getDb().select().from(approvalPolicy).where(eq(approvalPolicy.id, 1)).get();
  if (!row) return { enabled: false, maxMonthly: null, maxTermTotal: null, maxSeats: null, maxTermMonths: null, alwaysForRoles: [], approverRoles: ['admin', 'superadmin'], expiryHours: 72 };
  return {
    enabled: row.enabled,
    maxMonthly: num(row.maxMonthly),
    maxTermTotal: num(row.maxTermTotal),
    maxSeats: row.maxSeats,
    maxTermMonths: row.maxTermMonths,
    alwaysForRoles: row.alwaysForRoles,
    approverRoles: row.approverRoles,
    expiryHours: row.expiryHours,
  };
}

export function saveApprovalPolicy(p: ApprovalPolicy, by: string): { before: ApprovalPolicy; after: ApprovalPolicy } {
  const before = readApprovalPolicy();
  const values = {
    enabled: p.enabled,
    maxMonthly: p.maxMonthly === null ? null : String(p.maxMonthly),
    maxTermTotal: p.maxTermTotal === null ? null : String(p.maxTermTotal),
    maxSeats: p.maxSeats,
    maxTermMonths: p.maxTermMonths,
    alwaysForRoles: p.alwaysForRoles,
    approverRoles: p.approverRoles,
    expiryHours: p.expiryHours,
    updatedAt: new Date(),
    updatedBy: by,
  };
  getDb()
    .insert(approvalPolicy)
    .values({ id: 1, ...values })
    .onConflictDoUpdate({ target: approvalPolicy.id, set: values })
    .run();
  return { before, after: readApprovalPolicy() };
}

export type NewApproval = {
  requestKey: string;
  tenantId: string;
  customerId: string;
  payload: ApprovalPayload;
  summary: ApprovalSummary;
  requester: { id: string; email: string };
  expiryHours: number;
  now?: number;
};

/** Records a request once per submit key; a resubmission gets the same row, `created` false (undefined when the key is someone else's). */
export function createApprovalRequest(a: NewApproval): { row: ApprovalRow; created: boolean } | undefined {
  const now = a.now ?? Date.now();
  const inserted = getDb()
    .insert(purchaseApprovals)
    .values({
      requestKey: a.requestKey,
      tenantId: a.tenantId,
      customerId: a.customerId,
      payload: a.payload,
      summary: a.summary,
      agreementAt: new Date(now),
      requestedById: a.requester.id,
      requestedBy: a.requester.email,
      requestedAt: new Date(now),
      estimatedAt: new Date(now),
      expiresAt: new Date(now + a.expiryHours * 3_600_000),
    })
    .onConflictDoNothing({ target: purchaseApprovals.requestKey })
    .run().changes;
  const row = approvalByRequestKey(a.requestKey);
  return row && row.requestedById === a.requester.id ? { row, created: inserted === 1 } : undefined;
}

export function approvalByRequestKey(requestKey: string): ApprovalRow | undefined {
  return getDb().select().from(purchaseApprovals).where(eq(purchaseApprovals.requestKey, requestKey)).get();
}

export function approvalById(id: number): ApprovalRow | undefined {
  expireOverdue();
  return getDb().select().from(purchaseApprovals).where(eq(purchaseApprovals.id, id)).get();
}

/** Pending requests past their time become expired (read paths call this first). */
export function expireOverdue(now = Date.now()): number {
  return getDb()
    .update(purchaseApprovals)
    .set({ status: 'expired', decidedAt: new Date(now), reason: 'Not decided in time' })
    .where(and(eq(purchaseApprovals.status, 'pending'), lt(purchaseApprovals.expiresAt, new Date(now))))
    .run().changes;
}

/** Requests a user may see: every request of the scope's tenants for approvers, otherwise their own. */
export function listApprovals(user: { id: string; scope: TenantScope }, approver: boolean, limit = 500): ApprovalRow[] {
  expireOverdue();
  return getDb()
    .select()
    .from(purchaseApprovals)
    .where(and(tenantScopeCondition(user.scope, purchaseApprovals.tenantId), approver ? undefined : eq(purchaseApprovals.requestedById, user.id)))
    .orderBy(sql`${purchaseApprovals.status} = 'pending' DESC`, desc(purchaseApprovals.requestedAt))
    .limit(limit)
    .all();
}

/** pending -> placing, once: false when someone else got there first or the request is no longer pending. */
export function claimForPlacing(id: number, approver: string, now = Date.now()): boolean {
  return (
    getDb()
      .update(purchaseApprovals)
      .set({ status: 'placing', decidedBy: approver, decidedAt: new Date(now) })
      .where(and(eq(purchaseApprovals.id, id), eq(purchaseApprovals.status, 'pending'), sql`${purchaseApprovals.expiresAt} > ${now}`))
      .run().changes === 1
  );
}

export function finishPlacing(id: number, outcome: { status: 'placed' | 'failed'; orderId: number | null; reason?: string | null }): void {
  getDb()
    .update(purchaseApprovals)
    .set({ status: outcome.status, orderId: outcome.orderId, reason: outcome.reason ?? null })
    .where(and(eq(purchaseApprovals.id, id), eq(purchaseApprovals.status, 'placing')))
    .run();
}

/** pending -> rejected with the approver's reason; false when it was no longer pending. */
export function rejectRequest(id: number, by: string, reason: string, now = Date.now()): boolean {
  return (
    getDb()
      .update(purchaseApprovals)
      .set({ status: 'rejected', decidedBy: by, decidedAt: new Date(now), reason })
      .where(and(eq(purchaseApprovals.id, id), eq(purchaseApprovals.status, 'pending')))
      .run().changes === 1
  );
}

/** After a price change the approver saw: the request keeps the new estimate and its time. */
export function updateEstimate(id: number, summary: ApprovalSummary, now = Date.now()): void {
  getDb()
    .update(purchaseApprovals)
    .set({ summary, estimatedAt: new Date(now) })
    .where(and(eq(purchaseApprovals.id, id), or(eq(purchaseApprovals.status, 'pending'))))
    .run();
}
