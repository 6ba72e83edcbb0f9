import 'server-only';
// Approval news through the alert channels an admin configured (email, Teams, Slack, webhooks):
// approvers hear of a new request, the requester of the decision. Queued like every alert, so a
// receiver that is down gets it later; with no channel configured nothing is sent.
import { eq } from 'drizzle-orm';
import { getDb } from '@/db';
import { alertChannels, tenants, type ApprovalRow } from '@/db/schema';
import { enqueueDelivery } from '@/lib/alerts/queue';
import type { AlertMessage } from '@/lib/alerts/types';

export type ApprovalNews = 'requested' | 'approved' | 'rejected' | 'failed';

const subjects: Record<ApprovalNews, (r: ApprovalRow) => string> = {
  requested: (r) => `Approval needed: ${r.summary.seats} × ${r.summary.product} requested by ${r.requestedBy}`,
  approved: (r) => `Approved: ${r.requestedBy}'s order of ${r.summary.seats} × ${r.summary.product} was placed`,
  rejected: (r) => `Rejected: ${r.requestedBy}'s order of ${r.summary.seats} × ${r.summary.product}`,
  failed: (r) => `Approved, but Ingram Micro refused ${r.requestedBy}'s order of ${r.summary.product}`,
};

/** Queues one message per enabled channel; returns how many were queued. */
export function notifyApproval(news: ApprovalNews, r: ApprovalRow, now = new Date()): number {
  const db = getDb();
  const channels = db.select({ id: alertChannels.id }).from(alertChannels).where(eq(alertChannels.enabled, true)).all();
  if (channels.length === 0) return 0;
  const tenant = db.select({ name: tenants.displayName }).from(tenants).where(eq(tenants.tenantId, r.tenantId)).get();
  const message: AlertMessage = {
    event: `approval.${news}`,
    occurredAt: now.toISOString(),
    subject: subjects[news](r),
    tenant: { id: r.tenantId, name: tenant?.name ?? null },
    product: r.summary.product,
    details: {
      request: r.id,
      requestedBy: r.requestedBy,
      seats: r.summary.seats,
      term: r.summary.termCode,
      billing: r.summary.billingCode,
      perMonth: r.summary.monthly === null ? null : `${r.summary.monthly} ${r.summary.currency ?? ''}`.trim(),
      overTheTerm: r.summary.termTotal === null ? null : `${r.summary.termTotal} ${r.summary.currency ?? ''}`.trim(),
      why: r.summary.reasons.join('; '),
      decidedBy: r.decidedBy,
      reason: r.reason,
    },
    rule: null,
  };
  db.transaction((tx) => {
    for (const c of channels) enqueueDelivery(tx, { channelId: c.id, kind: 'event', message, now });
  });
  return channels.length;
}
