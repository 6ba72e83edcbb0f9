// Approval requests: one per submit key (a resubmission finds it), claimed for placing once,
// expired when their time passes, and the decisions queued to the configured alert channels.
import { beforeEach, describe, expect, it } from 'vitest';
import { getDb } from '@/db';
import { alertChannels, alertDeliveries, purchaseApprovals, type ApprovalSummary } from '@/db/schema';
import { notifyApproval } from '@/lib/approvals/notify';
import { approvalById, claimForPlacing, createApprovalRequest, expireOverdue, rejectRequest } from '@/lib/approvals/store';
import { emptyTables } from '../../support/db';

const summary: ApprovalSummary = {
  product: 'Microsoft 365 Business Premium',
  mpn: 'CFQ7TTC0LCHC:0002',
  mode: 'new',
  seats: 8,
  orderQuantity: 8,
  subscriptionId: null,
  termCode: 'P1Y',
  billingCode: 'P1M',
  total: '176.00',
  currency: 'USD',
  monthly: '176.00',
  termTotal: '2112.00',
  reasons: ['8 seats is above 5'],
};
const request = (key: string, now = Date.now(), who = { id: 'u-editor', email: 'editor@demo.local' }) =>
  createApprovalRequest({
    requestKey: key,
    tenantId: '30b83152-208f-4c45-afdb-d26be0437d08',
    customerId: '1000003',
    payload: { kind: 'purchase', values: {} },
    summary,
    requester: who,
    expiryHours: 1,
    now,
  });

describe('approval requests', () => {
  beforeEach(() => emptyTables(alertDeliveries, alertChannels, purchaseApprovals));

  it('records one request per submit key, and only for the one who submitted it', () => {
    const first = request('key-1')!;
    expect(first.created).toBe(true);
    const again = request('key-1')!;
    expect(again.created).toBe(false);
    expect(again.row.id).toBe(first.row.id);
    expect(request('key-1', Date.now(), { id: 'u-other', email: 'other@demo.local' })).toBeUndefined();
  });

  it('is claimed for placing once, and a rejected or expired one never', () => {
    const a = request('key-a')!.row;
    expect(claimForPlacing(a.id, 'admin@demo.local')).toBe(true);
    expect(claimForPlacing(a.id, 'superadmin@demo.local')).toBe(false);
    const b = request('key-b')!.row;
    expect(rejectRequest(b.id, 'admin@demo.local', 'not needed')).toBe(true);
    expect(claimForPlacing(b.id, 'admin@demo.local')).toBe(false);
    const old = request('key-c', Date.now() - 2 * 3_600_000)!.row;
    expect(expireOverdue()).toBe(1);
    expect(approvalById(old.id)?.status).toBe('expired');
    expect(claimForPlacing(old.id, 'admin@demo.local')).toBe(false);
  });

  it('queues the news to every enabled alert channel, and nothing without one', () => {
    const r = request('key-n')!.row;
    expect(notifyApproval('requested', r)).toBe(0);
    getDb().insert(alertChannels).values({ name: 'Team chat', kind: 'slack', enabled: true }).run();
    getDb().insert(alertChannels).values({ name: 'Off', kind: 'teams', enabled: false }).run();
    expect(notifyApproval('rejected', { ...r, decidedBy: 'admin@demo.local', reason: 'too many seats' })).toBe(1);
    const queued = getDb().select().from(alertDeliveries).all();
    expect(queued).toHaveLength(1);
    expect(queued[0]!.payload).toMatchObject({ event: 'approval.rejected', product: summary.product, details: { requestedBy: 'editor@demo.local', reason: 'too many seats', seats: 8 } });
  });
});
