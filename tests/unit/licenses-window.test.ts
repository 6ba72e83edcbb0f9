// The NCE window as the table and the remove dialog compute it from subscription dates and orders.
import { describe, expect, it } from 'vitest';
import { seatBounds } from '@/lib/licenses/bounds';
import { computeWindow, termStart, timeLeft, windowFromLots } from '@/lib/licenses/window';
import { seatChangeSchema, seatFormSchema } from '@/lib/validations/licenses';

const H = 3_600_000;
const now = Date.parse('2026-03-10T12:00:00Z');
const annual = { type: 'year', duration: 1 };
const iso = (ms: number) => new Date(ms).toISOString();

describe('computeWindow', () => {
  it('a purchase 3 days ago: cancellation and every seat open for 4 more days, counted from the order time', () => {
    const bought = now - 72 * H;
    const w = computeWindow({
      quantity: 25,
      status: 'active',
      creationDate: iso(bought).slice(0, 10),
      renewalDate: '2027-03-07',
      subscriptionPeriod: annual,
      purchasedAt: iso(bought),
      changes: [],
      now,
    });
    expect(w.cancelUntil).toBe(iso(bought + 168 * H));
    expect(w.removableSeats).toBe(25);
    expect(w.approximate).toBe(false);
  });

  it('200 days old: closed for cancel and decrease', () => {
    const w = computeWindow({ quantity: 10, status: 'active', creationDate: '2025-08-22', renewalDate: '2026-08-22', subscriptionPeriod: annual, changes: [], now });
    expect(w).toMatchObject({ cancelUntil: null, removableSeats: 0, removeUntil: null });
  });

  it('20 old seats + 5 added a day ago: only the 5 are removable, until 168 h after they were added', () => {
    const added = now - 24 * H;
    const w = computeWindow({ quantity: 25, status: 'active', creationDate: '2025-12-10', renewalDate: '2026-12-10', subscriptionPeriod: annual, changes: [{ quantity: 5, at: iso(added) }], now });
    expect(w.cancelUntil).toBeNull();
    expect(w.removableSeats).toBe(5);
    expect(w.removeUntil).toBe(iso(added + 168 * H));
  });

  it('a decrease takes the newest seats first: +5 then -3 leaves 2 removable', () => {
    const w = computeWindow({
      quantity: 22,
      status: 'active',
      creationDate: '2025-12-10',
      renewalDate: '2026-12-10',
      subscriptionPeriod: annual,
      changes: [
        { quantity: 5, at: iso(now - 30 * H) },
        { quantity: -3, at: iso(now - 2 * H) },
      ],
      now,
    });
    expect(w.removableSeats).toBe(2);
  });

  it('a renewal reopens the window: term start is the renewal date minus the term', () => {
    expect(termStart({ creationDate: '2024-03-08', renewalDate: '2027-03-08', subscriptionPeriod: annual })).toEqual({ at: Date.parse('2026-03-08T00:00:00Z'), approximate: true });
    const w = computeWindow({ quantity: 4, status: 'active', creationDate: '2024-03-08', renewalDate: '2027-03-08', subscriptionPeriod: annual, changes: [], now });
    expect(w.cancelUntil).toBe('2026-03-15T00:00:00.000Z');
  });

  it('terminated or pending subscriptions have no window', () => {
    expect(computeWindow({ quantity: 4, status: 'terminated', creationDate: '2026-03-09', changes: [], now }).cancelUntil).toBeNull();
  });

  it('timeLeft reads like a person would say it', () => {
    expect(timeLeft(iso(now + 76 * H), now)).toBe('3d 4h left');
    expect(timeLeft(iso(now + 5 * H + 10), now)).toBe('5h left');
    expect(timeLeft(iso(now - 1), now)).toBe('closed');
    expect(timeLeft(null, now)).toBe('closed');
  });
});

describe('seat bounds and the shared schema', () => {
  const c = { quantity: 25, minimumQuantity: 1, maximumQuantity: 300, window: { cancelUntil: null, removableSeats: 5, removeUntil: null, approximate: false } };

  it('add: up to the product maximum; remove: only the seats in their window; scheduled: down to the minimum', () => {
    expect(seatBounds(c, 'add').max).toBe(275);
    expect(seatBounds(c, 'remove')).toMatchObject({ max: 5 });
    expect(seatBounds(c, 'remove').reason).toContain('within the last 7 days');
    expect(seatBounds(c, 'schedule-decrease').max).toBe(24);
    expect(seatBounds({ ...c, window: { ...c.window, removableSeats: 0 } }, 'remove').max).toBe(0);
  });

  it('refuses 0, negatives, fractions, text and more than allowed, with the reason', () => {
    const form = seatFormSchema(5, 'only 5 seats were added within the last 7 days');
    expect(form.safeParse({ seats: '3' }).success).toBe(true);
    for (const bad of ['0', '-2', '1.5', 'abc', '']) expect(form.safeParse({ seats: bad }).success, bad).toBe(false);
    const over = form.safeParse({ seats: 6 });
    expect(over.success).toBe(false);
    expect(over.error?.issues[0]?.message).toBe('At most 5 seats: only 5 seats were added within the last 7 days');
    const server = seatChangeSchema.safeParse({ tenantId: '0a96abb3-3b07-4f0e-af48-bcc4893e0e73', subscriptionId: '1000001', kind: 'add', seats: 2.5, requestKey: 'abcdefgh-1' });
    expect(server.success).toBe(false);
  });
});

describe('windowFromLots per lot and per product', () => {
  const start = { at: now - 200 * 24 * H, approximate: false };
  const lots = [
    { quantity: 10, at: start.at, source: 'purchase' as const },
    { quantity: 3, at: now - 48 * H, source: 'increase' as const },
  ];

  it('each lot has its own deadline: the two-day-old seats are reducible, the term’s own are locked', () => {
    const w = windowFromLots(start, lots, 13, now);
    expect(w).toMatchObject({ removableSeats: 3, removeUntil: iso(now + 120 * H), cancelUntil: null, windowHours: 168 });
    expect(w.lots).toEqual([
      { seats: 10, addedAt: iso(start.at), source: 'purchase', closesAt: iso(start.at + 168 * H), reducible: false },
      { seats: 3, addedAt: iso(now - 48 * H), source: 'increase', closesAt: iso(now + 120 * H), reducible: true },
    ]);
  });

  it('a product with a shorter window (36 h) has closed the same lot; a longer one (240 h) keeps it open longer', () => {
    expect(windowFromLots(start, lots, 13, now, 36 * H)).toMatchObject({ removableSeats: 0, removeUntil: null, windowHours: 36 });
    expect(windowFromLots(start, lots, 13, now, 240 * H)).toMatchObject({ removableSeats: 3, removeUntil: iso(now + 192 * H), windowHours: 240 });
  });
});
