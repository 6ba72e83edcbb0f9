// The Microsoft NCE window: a purchase, a renewal and each seat addition open 168 hours in
// which the added seats may be removed (and, after purchase or renewal, the subscription cancelled).
// Pure functions, so they are unit tested and usable anywhere.
import type { NceWindow, WindowLot } from './types';

export const NCE_WINDOW_MS = 168 * 3_600_000;

type Period = { type: string; duration: number };
/** A completed quantity change: the signed change (+3, -1) and when it took effect. */
export type SeatChange = { quantity: number; at: string };

export type WindowInput = {
  quantity: number;
  status?: string;
  creationDate?: string;
  renewalDate?: string;
  subscriptionPeriod?: Period;
  /** The purchase order's time (ISO), when known: makes the term start exact. */
  purchasedAt?: string;
  changes: SeatChange[];
  now: number;
  /** The product's window length (ms); 168 hours when not given. */
  windowMs?: number;
};

const DAY_MS = 86_400_000;

function minusPeriod(date: string, p: Period): string | undefined {
  const d = new Date(`${date}T00:00:00Z`);
  if (Number.isNaN(d.getTime())) return undefined;
  if (p.type === 'year') d.setUTCFullYear(d.getUTCFullYear() - p.duration);
  else if (p.type === 'month') d.setUTCMonth(d.getUTCMonth() - p.duration);
  else if (p.type === 'day') d.setUTCDate(d.getUTCDate() - p.duration);
  else return undefined;
  return d.toISOString().slice(0, 10);
}

/** Start of the current term: the renewal date minus the term, or the creation date. */
export function termStart(i: Pick<WindowInput, 'creationDate' | 'renewalDate' | 'subscriptionPeriod' | 'purchasedAt'>): { at: number; approximate: boolean } | undefined {
  const fromRenewal = i.renewalDate && i.subscriptionPeriod ? minusPeriod(i.renewalDate, i.subscriptionPeriod) : undefined;
  const day = [fromRenewal, i.creationDate]
    .filter((d): d is string => !!d)
    .sort()
    .at(-1);
  if (!day) return undefined;
  // Still in the first term: the purchase order's time is exact.
  if (i.purchasedAt && i.purchasedAt.slice(0, 10) === day) return { at: Date.parse(i.purchasedAt), approximate: false };
  // Only the day is known: count from its midnight, which closes the window early rather than late.
  return { at: Date.parse(`${day}T00:00:00Z`), approximate: true };
}

/** A lot of seats that entered the term at one moment: the term's own seats, or an addition. */
export type Lot = { quantity: number; at: number; source?: WindowLot['source'] };

/**
 * The term start and the seat lots of the current term, oldest first. The first lot is always
 * the term's own (its quantity may be 0); a decrease takes seats from the newest lots first, as Microsoft does.
 */
export function seatLots(i: Omit<WindowInput, 'status' | 'now' | 'windowMs'>): { start: { at: number; approximate: boolean }; lots: Lot[] } | undefined {
  const start = termStart(i);
  if (!start) return undefined;
  // Changes inside the term, oldest first; older ones are folded into the term's first lot.
  const changes = i.changes
    .map((c) => ({ quantity: c.quantity, at: Date.parse(c.at) }))
    .filter((c) => Number.isFinite(c.at) && c.at > start.at)
    .sort((a, b) => a.at - b.at);
  const base = Math.max(0, i.quantity - changes.reduce((n, c) => n + c.quantity, 0));
  const lots: Lot[] = [{ quantity: base, at: start.at }];
  for (const c of changes) {
    if (c.quantity > 0) lots.push({ quantity: c.quantity, at: c.at });
    let remove = -c.quantity;
    for (let k = lots.length - 1; remove > 0 && k >= 0; k--) {
      const take = Math.min(lots[k]!.quantity, remove);
      lots[k]!.quantity -= take;
      remove -= take;
    }
  }
  return { start, lots: [lots[0]!, ...lots.slice(1).filter((l) => l.quantity > 0)] };
}

/** The window from a term start and its lots (as computed now, or as stored by the inventory). */
export function windowFromLots(start: { at: number; approximate: boolean }, lots: Lot[], quantity: number, now: number, windowMs = NCE_WINDOW_MS): NceWindow {
  const open = (at: number) => now - at <= windowMs && at <= now + DAY_MS;
  const live = lots.filter((l) => l.quantity > 0 && open(l.at));
  const removableSeats = Math.min(
    quantity,
    live.reduce((n, l) => n + l.quantity, 0),
  );
  const earliest = live.length ? Math.min(...live.map((l) => l.at)) : undefined;
  return {
    cancelUntil: open(start.at) ? new Date(start.at + windowMs).toISOString() : null,
    removableSeats,
    removeUntil: earliest !== undefined ? new Date(earliest + windowMs).toISOString() : null,
    approximate: start.approximate,
    windowHours: windowMs / 3_600_000,
    lots: lots
      .filter((l, k) => k === 0 || l.quantity > 0)
      .map((l, k) => ({
        seats: l.quantity,
        addedAt: new Date(l.at).toISOString(),
        source: l.source ?? (k === 0 ? 'term' : 'increase'),
        closesAt: new Date(l.at + windowMs).toISOString(),
        reducible: l.quantity > 0 && open(l.at),
      })),
  };
}

export function computeWindow(i: WindowInput): NceWindow {
  const closed: NceWindow = { cancelUntil: null, removableSeats: 0, removeUntil: null, approximate: false };
  if (i.status && i.status !== 'active') return closed;
  const term = seatLots(i);
  if (!term) return closed;
  return windowFromLots(term.start, term.lots, i.quantity, i.now, i.windowMs);
}

/** "3d 4h left", "5h left", "closed". */
export function timeLeft(until: string | null, now: number): string {
  if (!until) return 'closed';
  const ms = Date.parse(until) - now;
  if (ms <= 0) return 'closed';
  const h = Math.floor(ms / 3_600_000);
  const d = Math.floor(h / 24);
  return d > 0 ? `${d}d ${h % 24}h left` : h > 0 ? `${h}h left` : `${Math.max(1, Math.floor(ms / 60_000))}m left`;
}
