import 'server-only';
// The NCE window's length per product (MPN): data, since Microsoft has changed it before. A product
// without a row keeps the default 168 hours. Reads return a map so a page or sync asks once.
import { asc, eq, sql } from 'drizzle-orm';
import { getDb, preparedOnce } from '@/db';
import { inventorySubscriptions as subs, nceWindowLengths } from '@/db/schema';
import type { WindowLengthValues } from '@/lib/validations/window-lengths';
import { NCE_WINDOW_MS } from './window';

const HOUR_MS = 3_600_000;
export const DEFAULT_WINDOW_HOURS = NCE_WINDOW_MS / HOUR_MS;

export type WindowLengthDTO = { mpn: string; hours: number; note: string | null; updatedAt: string; updatedBy: string };

/** The window length (ms) of each product that has its own; ask `windowMsOf` for any product. */
export type WindowLengths = ReadonlyMap<string, number>;

// Every live license read asks: prepared once per connection (still read each time, an edit counts at once).
const lengthRows = preparedOnce((db) => db.select({ mpn: nceWindowLengths.mpn, hours: nceWindowLengths.hours }).from(nceWindowLengths).prepare());

export function readWindowLengths(): WindowLengths {
  const rows = lengthRows().all();
  return new Map(rows.map((r) => [r.mpn.toLowerCase(), r.hours * HOUR_MS]));
}

export function windowMsOf(lengths: WindowLengths, mpn: string | null | undefined): number {
  return (mpn && lengths.get(mpn.toLowerCase())) || NCE_WINDOW_MS;
}

/** The longest window of any product: how far back a seat change can still matter. */
export function longestWindowMs(lengths: WindowLengths): number {
  return Math.max(NCE_WINDOW_MS, ...lengths.values());
}

export function listWindowLengths(): WindowLengthDTO[] {
  return getDb()
    .select()
    .from(nceWindowLengths)
    .orderBy(asc(nceWindowLengths.mpn))
    .all()
    .map((r) => ({ mpn: r.mpn, hours: r.hours, note: r.note, updatedAt: r.updatedAt.toISOString(), updatedBy: r.updatedBy }));
}

function one(mpn: string): WindowLengthDTO | null {
  return listWindowLengths().find((r) => r.mpn.toLowerCase() === mpn.toLowerCase()) ?? null;
}

/** The stored "window closes at" of the product's synced rows, recounted with its window now (the grid's filters read it). */
function recountStoredWindows(mpn: string, windowMs: number): void {
  const newest = sql`(select max(round((julianday(json_extract(j.value, '$.at')) - 2440587.5) * 86400000)) from json_each(${subs.lots}) j)`;
  getDb()
    .update(subs)
    .set({ windowClosesAt: sql`case when ${subs.status} = 'active' and json_array_length(${subs.lots}) > 0 then ${newest} + ${windowMs} else null end` })
    .where(sql`lower(${subs.mpn}) = lower(${mpn})`)
    .run();
}

/** Sets a product's window length; returns the row before and after for the audit log. */
export function saveWindowLength(input: WindowLengthValues, by: string, now = new Date()): { before: WindowLengthDTO | null; after: WindowLengthDTO } {
  const before = one(input.mpn);
  const mpn = before?.mpn ?? input.mpn;
  const values = { mpn, hours: input.hours, note: input.note || null, updatedAt: now, updatedBy: by };
  getDb()
    .insert(nceWindowLengths)
    .values(values)
    .onConflictDoUpdate({ target: nceWindowLengths.mpn, set: { hours: values.hours, note: values.note, updatedAt: now, updatedBy: by } })
    .run();
  recountStoredWindows(mpn, input.hours * HOUR_MS);
  return { before, after: one(mpn)! };
}

/** Back to the default; returns the removed row, or null when the product had none. */
export function removeWindowLength(mpn: string): WindowLengthDTO | null {
  const before = one(mpn);
  if (!before) return null;
  getDb().delete(nceWindowLengths).where(eq(nceWindowLengths.mpn, before.mpn)).run();
  recountStoredWindows(before.mpn, NCE_WINDOW_MS);
  return before;
}
