import 'server-only';
// A named job's lease in the database: only one holder at a time across processes; a holder that
// dies frees it when the lease runs out.
import { and, eq, isNull, lte, or } from 'drizzle-orm';
import { getDb } from '@/db';
import { alertJobs } from '@/db/schema';

export function acquireLease(name: string, holder: string, now: Date, ms: number): boolean {
  const db = getDb();
  db.insert(alertJobs).values({ name }).onConflictDoNothing().run();
  const res = db
    .update(alertJobs)
    .set({ holder, leaseUntil: new Date(now.getTime() + ms) })
    .where(and(eq(alertJobs.name, name), or(isNull(alertJobs.leaseUntil), lte(alertJobs.leaseUntil, now), eq(alertJobs.holder, holder))))
    .run();
  return res.changes === 1;
}

export function releaseLease(name: string, holder: string, mark: { lastRunAt: Date; lastError: string | null }): void {
  getDb()
    .update(alertJobs)
    .set({ holder: null, leaseUntil: null, ...mark })
    .where(and(eq(alertJobs.name, name), eq(alertJobs.holder, holder)))
    .run();
}

export function jobRow(name: string) {
  return getDb().select().from(alertJobs).where(eq(alertJobs.name, name)).get();
}

export function markDigestDay(name: string, day: string): void {
  const db = getDb();
  db.insert(alertJobs).values({ name }).onConflictDoNothing().run();
  db.update(alertJobs).set({ lastDigestDay: day }).where(eq(alertJobs.name, name)).run();
}
