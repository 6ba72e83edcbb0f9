import { describe, expect, it } from 'vitest';
import { approvalReasons, mayApprove, normaliseEstimate, type ApprovalPolicy } from '@/lib/approvals/policy';

const policy: ApprovalPolicy = {
  enabled: true,
  maxMonthly: 500,
  maxTermTotal: 5000,
  maxSeats: 20,
  maxTermMonths: 12,
  alwaysForRoles: ['Interns'],
  approverRoles: ['admin', 'superadmin'],
  expiryHours: 72,
};
const small = { role: 'editor', seats: 5, termMonths: 12, monthly: 100, termTotal: 1200, currency: 'USD' };

describe('approval policy', () => {
  it('lets a small order through and stops each threshold it passes', () => {
    expect(approvalReasons(policy, small)).toEqual([]);
    expect(approvalReasons(policy, { ...small, monthly: 600, termTotal: 7200 })).toEqual(['600.00 USD per month is above 500.00 USD', '7200.00 USD over the term is above 5000.00 USD']);
    expect(approvalReasons(policy, { ...small, seats: 21 })).toEqual(['21 seats is above 20']);
    expect(approvalReasons(policy, { ...small, termMonths: 36, termTotal: 3600 })).toEqual(['A 36-month term is longer than 12 months']);
    expect(approvalReasons(policy, { ...small, role: 'Interns' })).toEqual(['Orders by the role Interns always need an approval']);
  });

  it('asks for an approval when amounts are limited but the order has no price, and never when off', () => {
    expect(approvalReasons(policy, { ...small, monthly: null, termTotal: null })).toContain('The order could not be priced, and amount thresholds are set');
    expect(approvalReasons({ ...policy, enabled: false }, { ...small, seats: 999 })).toEqual([]);
  });

  it('never lets requesters approve their own, and only approver roles', () => {
    expect(mayApprove(policy, { id: 'a', role: 'admin' }, 'b')).toBe(true);
    expect(mayApprove(policy, { id: 'a', role: 'admin' }, 'a')).toMatch(/own request/);
    expect(mayApprove(policy, { id: 'a', role: 'editor' }, 'b')).toMatch(/cannot approve/);
  });

  it('normalises a billing-period total to per month and per term', () => {
    expect(normaliseEstimate(1200, 12, 12)).toEqual({ monthly: 100, termTotal: 1200 });
    expect(normaliseEstimate(100, 1, 36)).toEqual({ monthly: 100, termTotal: 3600 });
    expect(normaliseEstimate(null, 1, 12)).toEqual({ monthly: null, termTotal: null });
  });
});
