// Renewal planning rules: the last safe moment, ISO weeks, term groups, and the bulk dry run's predicted refusals.
import { describe, expect, it } from 'vitest';
import type { ApprovalPolicy } from '@/lib/approvals/policy';
import { bulkRequestKey, planBulkRow, type BulkFacts } from '@/lib/renewals/predict';
import { describeScheduled, groupByWeek, isoWeek, lastSafeMoment, splitByTerm, termBucketOf } from '@/lib/renewals/schedule';
import { bulkDryRunSchema, bulkPlaceSchema, renewalsSearchSchema } from '@/lib/validations/renewals';

describe('lastSafeMoment', () => {
  it('is the minute before 00:00 UTC on the renewal day, whether the date is a day or a time', () => {
    expect(lastSafeMoment('2026-12-15')).toBe('2026-12-14T23:59:00.000Z');
    expect(lastSafeMoment('2026-12-15T00:00:00Z')).toBe('2026-12-14T23:59:00.000Z');
    expect(lastSafeMoment('2027-01-01')).toBe('2026-12-31T23:59:00.000Z');
    expect(lastSafeMoment('2028-03-01')).toBe('2028-02-29T23:59:00.000Z'); // a leap year
  });
  it('is empty for a date it cannot read', () => {
    expect(lastSafeMoment('soon')).toBe('');
  });
});

describe('isoWeek', () => {
  it('weeks start on Monday; week 1 holds the first Thursday (so early January can belong to the year before)', () => {
    expect(isoWeek('2026-12-14')).toEqual({ key: '2026-W51', monday: '2026-12-14' });
    expect(isoWeek('2026-12-20')).toEqual({ key: '2026-W51', monday: '2026-12-14' }); // Sunday
    expect(isoWeek('2027-01-01')).toEqual({ key: '2026-W53', monday: '2026-12-28' });
    expect(isoWeek('2027-01-04')).toEqual({ key: '2027-W01', monday: '2027-01-04' });
    expect(isoWeek('2025-12-29')).toEqual({ key: '2026-W01', monday: '2025-12-29' });
  });
});

describe('groupByWeek and splitByTerm', () => {
  const rows = [
    { id: 'c', renewalDate: '2026-12-21', term: 'annual' as const },
    { id: 'a', renewalDate: '2026-12-15', term: 'monthly' as const },
    { id: 'b', renewalDate: '2026-12-20', term: 'multiyear' as const },
    { id: 'd', renewalDate: '2026-12-14', term: 'annual' as const },
  ];
  it('groups by ISO week in order, rows by day inside a week', () => {
    const weeks = groupByWeek(rows);
    expect(weeks.map((w) => [w.key, w.rows.map((r) => r.id)])).toEqual([
      ['2026-W51', ['d', 'a', 'b']],
      ['2026-W52', ['c']],
    ]);
  });
  it('keeps monthly terms apart', () => {
    const { long, monthly } = splitByTerm(rows);
    expect(long.map((r) => r.id)).toEqual(['d', 'b', 'c']);
    expect(monthly.map((r) => r.id)).toEqual(['a']);
  });
  it('buckets terms by months', () => {
    expect([termBucketOf(1), termBucketOf(12), termBucketOf(36), termBucketOf(null)]).toEqual(['monthly', 'annual', 'multiyear', null]);
  });
  it('says what is scheduled', () => {
    expect(describeScheduled(12, 10)).toBe('Decrease to 10 at renewal');
    expect(describeScheduled(12, 0)).toBe('Cancellation at renewal');
    expect(describeScheduled(12, 15)).toBe('Increase to 15 at renewal');
  });
});

const policy: ApprovalPolicy = { enabled: false, maxMonthly: null, maxTermTotal: null, maxSeats: null, maxTermMonths: null, alwaysForRoles: [], approverRoles: [], expiryHours: 72 };
const facts = (over: Partial<NonNullable<BulkFacts['subscription']>> = {}, rest: Partial<BulkFacts> = {}): BulkFacts => ({
  subscription: { status: 'active', quantity: 10, autoRenew: true, renewalDate: '2026-12-15', scheduledChange: null, orderInProgress: false, ...over },
  mapped: true,
  minimumQuantity: 1,
  role: 'editor',
  policy,
  ...rest,
});

describe('planBulkRow: the dry run’s predictions', () => {
  it('a decrease by N and a new quantity become a decrease at renewal', () => {
    expect(planBulkRow(facts(), { kind: 'decrease', seats: 2 })).toEqual({ before: 10, after: 8, action: 'Decrease 10 → 8 at renewal (2026-12-15)' });
    expect(planBulkRow(facts(), { kind: 'quantity', seats: 4 })).toMatchObject({ before: 10, after: 4 });
  });
  it('refuses below 1 seat and below the product minimum', () => {
    expect(planBulkRow(facts({ quantity: 1 }), { kind: 'decrease', seats: 2 })).toEqual({ refusal: expect.stringContaining('below 1 seat') });
    expect(planBulkRow(facts({}, { minimumQuantity: 5 }), { kind: 'quantity', seats: 3 })).toEqual({ refusal: 'The product needs at least 5 seats; 3 is below.' });
  });
  it('refuses a subscription that is not active, one with a change already scheduled, and one with an order in progress', () => {
    expect(planBulkRow(facts({ status: 'suspended' }), { kind: 'decrease', seats: 1 })).toEqual({ refusal: expect.stringContaining('is suspended') });
    expect(planBulkRow(facts({ scheduledChange: 'Decrease to 9 at renewal' }), { kind: 'decrease', seats: 1 })).toEqual({ refusal: expect.stringContaining('already scheduled (Decrease to 9') });
    expect(planBulkRow(facts({ orderInProgress: true }), { kind: 'decrease', seats: 1 })).toEqual({ refusal: expect.stringContaining('has not finished') });
  });
  it('refuses a tenant out of scope (not found) and an unmapped tenant', () => {
    expect(planBulkRow({ ...facts(), subscription: null }, { kind: 'decrease', seats: 1 })).toEqual({ refusal: expect.stringContaining('Not found') });
    expect(planBulkRow(facts({}, { mapped: false }), { kind: 'decrease', seats: 1 })).toEqual({ refusal: expect.stringContaining('no longer mapped') });
  });
  it('refuses what needs an approval under the policy', () => {
    const strict = { ...policy, enabled: true, alwaysForRoles: ['editor'] };
    expect(planBulkRow(facts({}, { policy: strict }), { kind: 'decrease', seats: 1 })).toEqual({ refusal: expect.stringContaining('Needs an approval') });
    expect(planBulkRow(facts({}, { policy: strict, role: 'admin' }), { kind: 'decrease', seats: 1 })).not.toHaveProperty('refusal');
  });
  it('refuses an increase (placed at once on CSP Licenses) and no change at all', () => {
    expect(planBulkRow(facts(), { kind: 'quantity', seats: 12 })).toEqual({ refusal: expect.stringContaining('add seats now') });
    expect(planBulkRow(facts(), { kind: 'quantity', seats: 10 })).toEqual({ refusal: expect.stringContaining('nothing to change') });
  });
  it('auto-renew off: refused when already off; a scheduled change does not stand in its way', () => {
    expect(planBulkRow(facts({ autoRenew: false }), { kind: 'auto-renew-off' })).toEqual({ refusal: expect.stringContaining('already off') });
    expect(planBulkRow(facts({ scheduledChange: 'Decrease to 9 at renewal' }), { kind: 'auto-renew-off' })).toMatchObject({ action: expect.stringContaining('auto-renew off') });
  });
});

describe('bulk request keys and inputs', () => {
  it('one key per batch and subscription, within the request-key rule', () => {
    const batch = '0f8e9a3c-1b2d-4e5f-8a9b-0c1d2e3f4a5b';
    const key = bulkRequestKey(batch, '3000123');
    expect(key).toBe(bulkRequestKey(batch, '3000123'));
    expect(key).not.toBe(bulkRequestKey(batch, '3000124'));
    expect(bulkRequestKey(batch, 'x'.repeat(64))).toMatch(/^[A-Za-z0-9-]{8,100}$/);
  });
  it('seats are required unless auto-renew goes off; ids and counts are checked', () => {
    expect(bulkDryRunSchema.safeParse({ subscriptionIds: ['3000001'], kind: 'decrease' }).success).toBe(false);
    expect(bulkDryRunSchema.safeParse({ subscriptionIds: ['3000001'], kind: 'auto-renew-off' }).success).toBe(true);
    expect(bulkDryRunSchema.safeParse({ subscriptionIds: ['../x'], kind: 'auto-renew-off' }).success).toBe(false);
    expect(bulkDryRunSchema.safeParse({ subscriptionIds: [], kind: 'auto-renew-off' }).success).toBe(false);
    expect(bulkPlaceSchema.safeParse({ batchId: 'nope', tenantId: '30b83152-208f-4c45-afdb-d26be0437d08', subscriptionId: '3000001', kind: 'decrease', seats: 1 }).success).toBe(false);
    expect(
      bulkPlaceSchema.safeParse({ batchId: '0f8e9a3c-1b2d-4e5f-8a9b-0c1d2e3f4a5b', tenantId: '30b83152-208f-4c45-afdb-d26be0437d08', subscriptionId: '3000001', kind: 'decrease', seats: 1.5 }).success,
    ).toBe(false);
    expect(renewalsSearchSchema.parse({})).toEqual({ days: 60 });
  });
});
