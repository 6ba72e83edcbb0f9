// The reclaim plan from plain data: window lots, renewal, spare seats and savings.
import { describe, expect, it } from 'vitest';
import { buildPlan, monthsUntil, planSubscription, type ReclaimInput, type SpareMarks } from '@/lib/reclaim/plan';

const H = 3_600_000;
const D = 24 * H;
const now = Date.parse('2026-03-10T12:00:00Z');
const none: SpareMarks = { bySubscription: new Map(), byTenant: new Map() };

// Entra ID P1 as the demo seeds it: 20 seats 90 days ago, 5 more yesterday, 18 assigned.
const base: ReclaimInput = {
  subscriptionId: '100',
  tenantId: 't1',
  tenantName: 'Contoso Ltd',
  productName: 'Entra ID P1',
  mpn: 'CFQ7TTC0LFK5:0001',
  status: 'active',
  quantity: 25,
  assigned: 18,
  unitPrice: '6.00',
  currency: 'USD',
  subscriptionPeriod: 'P1Y',
  billingPeriod: 'P1M',
  renewalDate: '2026-12-10',
  autoRenew: true,
  lots: [
    { quantity: 20, at: now - 90 * D },
    { quantity: 5, at: now - 1 * D },
  ],
  windowApproximate: false,
  blocked: null,
};

describe('planSubscription', () => {
  it('splits the unused seats: the lot inside its window now, the rest at renewal', () => {
    const { row } = planSubscription(base, none, now);
    expect(row).toMatchObject({ unused: 7, nowSeats: 5, renewalSeats: 2, renewalDate: '2026-12-10' });
    // The window of the lot added yesterday closes 168 h after it was added.
    expect(row!.nowDeadline).toBe(new Date(now - D + 168 * H).toISOString());
  });

  it('saves per month and over the term: now until the renewal, at renewal over the next 12 months', () => {
    const { row } = planSubscription(base, none, now);
    expect(row!.nowMonthly).toBe(30);
    expect(row!.renewalMonthly).toBe(12);
    expect(row!.renewalTerm).toBe(144);
    // 2026-03-10T12:00 to 2026-12-10T00:00 is 274.5 days.
    expect(row!.nowTerm).toBeCloseTo(30 * (274.5 / (365.25 / 12)), 2);
  });

  it('a yearly-billed price counts per month as a twelfth', () => {
    const { row } = planSubscription({ ...base, billingPeriod: 'P1Y', unitPrice: '72', lots: [{ quantity: 25, at: now - 200 * D }] }, none, now);
    expect(row).toMatchObject({ nowSeats: 0, renewalSeats: 7, renewalMonthly: 42, renewalTerm: 504, nowDeadline: null });
  });

  it('no lot inside its window: everything waits for the renewal', () => {
    const { row } = planSubscription({ ...base, lots: [{ quantity: 25, at: now - 8 * D }] }, none, now);
    expect(row).toMatchObject({ nowSeats: 0, renewalSeats: 7 });
  });

  it('a subscription that does not auto-renew schedules nothing: it ends at renewal', () => {
    const { row } = planSubscription({ ...base, autoRenew: false }, none, now);
    expect(row).toMatchObject({ nowSeats: 5, renewalSeats: 0, renewalMonthly: 0 });
  });

  it('keeps at least one seat', () => {
    const { row } = planSubscription({ ...base, quantity: 3, assigned: 0, lots: [{ quantity: 3, at: now - 2 * D }] }, none, now);
    expect(row).toMatchObject({ unused: 3, nowSeats: 2, renewalSeats: 0 });
  });

  it('fully used, over-assigned, unknown usage or not active: no row', () => {
    expect(planSubscription({ ...base, assigned: 25 }, none, now).row).toBeUndefined();
    expect(planSubscription({ ...base, assigned: 30 }, none, now).row).toBeUndefined();
    expect(planSubscription({ ...base, assigned: null }, none, now).row).toBeUndefined();
    expect(planSubscription({ ...base, status: 'suspended' }, none, now).row).toBeUndefined();
  });

  it('takes the usage’s own unused count when it has one (seats from another source)', () => {
    const { row } = planSubscription({ ...base, assigned: 14, unused: 3 }, none, now);
    expect(row).toMatchObject({ unused: 3, nowSeats: 3, renewalSeats: 0 });
  });
});

describe('spare seats', () => {
  it('subtracts a subscription mark from the seats to reclaim, at renewal first', () => {
    const marks: SpareMarks = { bySubscription: new Map([['100', 3]]), byTenant: new Map() };
    const { row } = planSubscription(base, marks, now);
    expect(row).toMatchObject({ unused: 7, nowSeats: 4, renewalSeats: 0, spare: { seats: 3, level: 'subscription' } });
  });

  it('a tenant mark applies to each of its subscriptions; the subscription’s own mark wins', () => {
    const tenantOnly: SpareMarks = { bySubscription: new Map(), byTenant: new Map([['t1', 1]]) };
    expect(planSubscription(base, tenantOnly, now).row).toMatchObject({ nowSeats: 5, renewalSeats: 1, spare: { seats: 1, level: 'tenant' } });
    const both: SpareMarks = { bySubscription: new Map([['100', 0]]), byTenant: new Map([['t1', 6]]) };
    expect(planSubscription(base, both, now).row).toMatchObject({ nowSeats: 5, renewalSeats: 2, spare: { seats: 0, level: 'subscription' } });
  });

  it('excludes the subscription when the mark keeps every unused seat, and counts it', () => {
    const marks: SpareMarks = { bySubscription: new Map([['100', 7]]), byTenant: new Map() };
    expect(planSubscription(base, marks, now)).toEqual({ reservedOut: true });
    const plan = buildPlan([base, { ...base, subscriptionId: '101', productName: 'Basic' }], marks, now);
    expect(plan.rows.map((r) => r.subscriptionId)).toEqual(['101']);
    expect(plan.reservedOut).toBe(1);
  });
});

describe('buildPlan', () => {
  it('totals per currency, biggest saving first', () => {
    const eur = { ...base, subscriptionId: '200', currency: 'EUR', unitPrice: '1' };
    const plan = buildPlan([eur, base, { ...base, subscriptionId: '101', assigned: 24, lots: [{ quantity: 25, at: now - 30 * D }] }], none, now);
    expect(plan.rows.map((r) => r.subscriptionId)).toEqual(['100', '200', '101']);
    expect(plan.totals).toEqual([
      expect.objectContaining({ currency: 'EUR', subscriptions: 1, nowSeats: 5, renewalSeats: 2, nowMonthly: 5, renewalMonthly: 2 }),
      expect.objectContaining({ currency: 'USD', subscriptions: 2, nowSeats: 5, renewalSeats: 3, nowMonthly: 30, renewalMonthly: 18, renewalTerm: 216 }),
    ]);
  });

  it('monthsUntil: nothing for a past or missing date', () => {
    expect(monthsUntil(null, now)).toBe(0);
    expect(monthsUntil('2026-01-01', now)).toBe(0);
  });
});
