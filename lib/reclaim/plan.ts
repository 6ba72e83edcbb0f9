// The reclaim plan, pure: from a subscription's seats, lots, usage and the spare-seat marks, how
// many unused seats can go now (lots inside their NCE window) and at renewal, and what that saves.
import { monthsOf } from '@/lib/catalog/periods';
import { windowFromLots, type Lot } from '@/lib/licenses/window';
import type { ReclaimPlan, ReclaimRow, ReclaimTotals, SpareMark } from './types';

const DAY_MS = 86_400_000;
const MONTH_DAYS = 365.25 / 12;

export type ReclaimInput = {
  subscriptionId: string;
  tenantId: string;
  tenantName: string;
  productName: string;
  mpn: string;
  status: string;
  quantity: number;
  /** Seats Microsoft counts as assigned to users for this subscription; null when unknown. */
  assigned: number | null;
  /** Unused seats of this subscription when the usage says so (seats from another source make it differ); else paid minus assigned. */
  unused?: number | null;
  /** Price of one seat per billing period. */
  unitPrice: string | null;
  currency: string | null;
  subscriptionPeriod: string | null;
  billingPeriod: string | null;
  renewalDate: string | null;
  autoRenew: boolean;
  /** The term's seat lots, oldest first (the first is the term's own). */
  lots: Lot[];
  windowApproximate: boolean;
  /** An unfinished or scheduled order of the subscription, in words: nothing can be placed until it ends. */
  blocked: string | null;
};

/** Marks by subscription id and by tenant id; a subscription's own mark wins over its tenant's. */
export type SpareMarks = { bySubscription: ReadonlyMap<string, number>; byTenant: ReadonlyMap<string, number> };

const cents = (n: number) => Math.round(n * 100) / 100;

export function spareFor(i: Pick<ReclaimInput, 'subscriptionId' | 'tenantId'>, marks: SpareMarks): SpareMark | null {
  const own = marks.bySubscription.get(i.subscriptionId);
  if (own !== undefined) return { seats: own, level: 'subscription' };
  const tenant = marks.byTenant.get(i.tenantId);
  return tenant !== undefined ? { seats: tenant, level: 'tenant' } : null;
}

/** Whole and part months from `now` to the renewal date (0 when it is past or unknown). */
export function monthsUntil(renewalDate: string | null, now: number): number {
  if (!renewalDate) return 0;
  const at = Date.parse(`${renewalDate.slice(0, 10)}T00:00:00Z`);
  return Number.isFinite(at) && at > now ? (at - now) / DAY_MS / MONTH_DAYS : 0;
}

/** One subscription's row, or undefined when nothing unused is left to plan (after the spare seats). */
export function planSubscription(i: ReclaimInput, marks: SpareMarks, now: number): { row?: ReclaimRow; reservedOut: boolean } {
  if (i.status !== 'active' || i.assigned === null || i.quantity < 1) return { reservedOut: false };
  const unused = Math.max(0, Math.min(i.quantity, i.unused ?? i.quantity - i.assigned));
  if (unused === 0) return { reservedOut: false };
  const spare = spareFor(i, marks);
  // At least one seat stays: a change order cannot go to zero (cancelling is the way to end it).
  const reclaimable = Math.min(Math.max(0, unused - (spare?.seats ?? 0)), i.quantity - 1);
  if (reclaimable === 0) return { reservedOut: !!spare };
  const window = i.lots.length ? windowFromLots({ at: i.lots[0]!.at, approximate: i.windowApproximate }, i.lots, i.quantity, now) : undefined;
  const nowSeats = Math.min(reclaimable, window?.removableSeats ?? 0);
  // A subscription that does not renew ends at its renewal date: nothing to schedule.
  const renewalSeats = i.autoRenew ? reclaimable - nowSeats : 0;
  const billingMonths = monthsOf(i.billingPeriod ?? '') || 1;
  const termMonths = monthsOf(i.subscriptionPeriod ?? '') || billingMonths;
  const perSeatMonthly = i.unitPrice !== null && Number.isFinite(Number(i.unitPrice)) ? Number(i.unitPrice) / billingMonths : 0;
  const row: ReclaimRow = {
    subscriptionId: i.subscriptionId,
    tenantId: i.tenantId,
    tenantName: i.tenantName,
    productName: i.productName,
    mpn: i.mpn,
    quantity: i.quantity,
    assigned: i.assigned,
    unused,
    spare,
    nowSeats,
    nowDeadline: nowSeats > 0 ? (window?.removeUntil ?? null) : null,
    renewalSeats,
    renewalDate: i.renewalDate,
    autoRenew: i.autoRenew,
    currency: i.currency,
    nowMonthly: cents(nowSeats * perSeatMonthly),
    nowTerm: cents(nowSeats * perSeatMonthly * monthsUntil(i.renewalDate, now)),
    renewalMonthly: cents(renewalSeats * perSeatMonthly),
    renewalTerm: cents(renewalSeats * perSeatMonthly * termMonths),
    termMonths,
    blocked: i.blocked,
  };
  return { row, reservedOut: false };
}

export function totalsOf(rows: ReclaimRow[]): ReclaimTotals[] {
  const by = new Map<string | null, ReclaimTotals>();
  for (const r of rows) {
    const t = by.get(r.currency) ?? { currency: r.currency, subscriptions: 0, nowSeats: 0, renewalSeats: 0, nowMonthly: 0, nowTerm: 0, renewalMonthly: 0, renewalTerm: 0 };
    t.subscriptions += 1;
    t.nowSeats += r.nowSeats;
    t.renewalSeats += r.renewalSeats;
    t.nowMonthly = cents(t.nowMonthly + r.nowMonthly);
    t.nowTerm = cents(t.nowTerm + r.nowTerm);
    t.renewalMonthly = cents(t.renewalMonthly + r.renewalMonthly);
    t.renewalTerm = cents(t.renewalTerm + r.renewalTerm);
    by.set(r.currency, t);
  }
  return [...by.values()].sort((a, b) => (a.currency ?? '').localeCompare(b.currency ?? ''));
}

/** The whole plan: the rows with something to reclaim, biggest monthly saving first, and their totals. */
export function buildPlan(inputs: ReclaimInput[], marks: SpareMarks, now: number, withoutUsage = 0): ReclaimPlan {
  const rows: ReclaimRow[] = [];
  let reservedOut = 0;
  for (const i of inputs) {
    const r = planSubscription(i, marks, now);
    if (r.row) rows.push(r.row);
    else if (r.reservedOut) reservedOut += 1;
  }
  rows.sort((a, b) => b.nowMonthly + b.renewalMonthly - (a.nowMonthly + a.renewalMonthly) || a.tenantName.localeCompare(b.tenantName) || a.productName.localeCompare(b.productName));
  return { rows, totals: totalsOf(rows), reservedOut, withoutUsage, usageNotes: [], at: new Date(now).toISOString(), marks: [] };
}
