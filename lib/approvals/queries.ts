import 'server-only';
// What the Approvals page shows of each request: chosen columns, the tenant's name, and what the
// viewer may do with it.
import { inArray } from 'drizzle-orm';
import { getDb } from '@/db';
import { tenants, type ApprovalSummary } from '@/db/schema';
import type { CurrentUser } from '@/lib/auth/current-user';
import { orderById, orderRef } from '@/lib/orders/queries';
import { mayApprove } from './policy';
import { listApprovals, readApprovalPolicy } from './store';

export type ApprovalDTO = {
  id: number;
  tenantId: string;
  tenantName: string;
  tenantDomain: string | null;
  summary: ApprovalSummary;
  requestedBy: string;
  requestedAt: string;
  estimatedAt: string;
  expiresAt: string;
  status: 'pending' | 'placing' | 'placed' | 'failed' | 'rejected' | 'expired';
  decidedBy: string | null;
  decidedAt: string | null;
  reason: string | null;
  orderId: number | null;
  /** The placed order's reference for its page (Ingram's id, or the local one). */
  orderRef: string | null;
  /** Whether the viewer may approve or reject it now. */
  canDecide: boolean;
  /** Why not, when the viewer is an approver but this one is theirs. */
  cannotDecide: string | null;
};

export function approvalsFor(user: CurrentUser): { rows: ApprovalDTO[]; approver: boolean } {
  const policy = readApprovalPolicy();
  const approver = policy.approverRoles.includes(user.role);
  const rows = listApprovals(user, approver);
  const names = new Map(
    rows.length
      ? getDb()
          .select({ tenantId: tenants.tenantId, name: tenants.displayName, domain: tenants.defaultDomain })
          .from(tenants)
          .where(
            inArray(
              tenants.tenantId,
              rows.map((r) => r.tenantId),
            ),
          )
          .all()
          .map((t) => [t.tenantId, t])
      : [],
  );
  return {
    approver,
    rows: rows.map((r) => {
      const verdict = mayApprove(policy, user, r.requestedById);
      return {
        id: r.id,
        tenantId: r.tenantId,
        tenantName: names.get(r.tenantId)?.name ?? `${r.tenantId} (removed)`,
        tenantDomain: names.get(r.tenantId)?.domain ?? null,
        summary: r.summary,
        requestedBy: r.requestedBy,
        requestedAt: r.requestedAt.toISOString(),
        estimatedAt: r.estimatedAt.toISOString(),
        expiresAt: r.expiresAt.toISOString(),
        status: r.status,
        decidedBy: r.decidedBy,
        decidedAt: r.decidedAt?.toISOString() ?? null,
        reason: r.reason,
        orderId: r.orderId,
        orderRef: r.orderId
          ? (() => {
              const o = orderById(r.orderId);
              return o ? orderRef(o) : null;
            })()
          : null,
        canDecide: r.status === 'pending' && verdict === true,
        cannotDecide: r.status === 'pending' && approver && verdict !== true ? verdict : null,
      };
    }),
  };
}
