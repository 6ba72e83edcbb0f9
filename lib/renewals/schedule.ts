// Renewal dates as a planner reads them: the last safe moment, the ISO week, and the term groups.
// Pure and browser-safe (the page and the server use the same rules).
import type { TermBucket } from '@/lib/inventory/filter';

const DAY_MS = 86_400_000;

/** The renewal day as UTC midnight (ms), from a date or an ISO time; NaN when it cannot be read. */
export function renewalMidnight(renewalDate: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(renewalDate);
  return m ? Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) : NaN;
}

/** Ingram processes renewals from 00:00 UTC on the renewal day: the last safe moment is one minute before. */
export function lastSafeMoment(renewalDate: string): string {
  const midnight = renewalMidnight(renewalDate);
  return Number.isNaN(midnight) ? '' : new Date(midnight - 60_000).toISOString();
}

/** The ISO-8601 week of a UTC day: weeks start on Monday, week 1 holds the year's first Thursday. */
export function isoWeek(day: string): { key: string; monday: string } {
  const at = renewalMidnight(day);
  const weekday = (new Date(at).getUTCDay() + 6) % 7; // Monday 0 … Sunday 6
  const monday = at - weekday * DAY_MS;
  const thursday = monday + 3 * DAY_MS;
  const year = new Date(thursday).getUTCFullYear();
  const week = 1 + Math.floor((thursday - Date.UTC(year, 0, 1)) / (7 * DAY_MS));
  return { key: `${year}-W${String(week).padStart(2, '0')}`, monday: new Date(monday).toISOString().slice(0, 10) };
}

export type WeekGroup<R> = { key: string; monday: string; rows: R[] };

/** Rows grouped by the ISO week of their renewal, weeks in order, rows by renewal day within a week. */
export function groupByWeek<R extends { renewalDate: string }>(rows: readonly R[]): WeekGroup<R>[] {
  const groups = new Map<string, WeekGroup<R>>();
  for (const r of [...rows].sort((a, b) => a.renewalDate.localeCompare(b.renewalDate))) {
    const w = isoWeek(r.renewalDate);
    const g = groups.get(w.key) ?? { ...w, rows: [] };
    g.rows.push(r);
    groups.set(w.key, g);
  }
  return [...groups.values()].sort((a, b) => a.monday.localeCompare(b.monday));
}

export function termBucketOf(termMonths: number | null): TermBucket | null {
  if (termMonths === null) return null;
  return termMonths <= 1 ? 'monthly' : termMonths <= 12 ? 'annual' : 'multiyear';
}

/** Annual and multi-year terms first (by renewal), monthly ones apart: the page shows them only when asked. */
export function splitByTerm<R extends { term: TermBucket | null; renewalDate: string }>(rows: readonly R[]): { long: R[]; monthly: R[] } {
  const byDay = (a: R, b: R) => a.renewalDate.localeCompare(b.renewalDate);
  return { long: rows.filter((r) => r.term !== 'monthly').sort(byDay), monthly: rows.filter((r) => r.term === 'monthly').sort(byDay) };
}

/** A change waiting for the renewal, in words. */
export function describeScheduled(before: number | null, after: number | null): string {
  if (after === null) return 'A change is scheduled at renewal';
  if (after === 0) return 'Cancellation at renewal';
  if (before !== null && after > before) return `Increase to ${after} at renewal`;
  return `Decrease to ${after} at renewal`;
}

/** A day N days after `now` (UTC, YYYY-MM-DD). */
export const dayAfter = (now: number, days: number) => new Date(now + days * DAY_MS).toISOString().slice(0, 10);
