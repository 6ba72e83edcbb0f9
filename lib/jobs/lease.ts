import 'server-only';
// A lease row per background job: one holder at a time across processes and restarts.
// A holder renews before expiry; a crashed holder's lease simply runs out and another takes it.
import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { getDb, getSqlite } from '@/db';
import { jobLeases } from '@/db/schema';

/** This process's identity as a lease holder. */
export const processHolder = `${process.pid}-${randomUUID().slice(0, 8)}`;

/** Takes the lease when it is free, expired or already ours; false when someone else holds it. */
export function acquireLease(name: string, ttlMs: number, holder = processHolder, now = Date.now()): boolean {
  const expiresAt = new Date(now + ttlMs);
  // One statement: insert, or take over only an expired lease or our own.
  const result = getSqlite()
    .prepare(
      `INSERT INTO job_leases (name, holder, expires_at) VALUES (?, ?, ?)
       ON CONFLICT(name) DO UPDATE SET holder = excluded.holder, expires_at = excluded.expires_at
       WHERE job_leases.expires_at <= ? OR job_leases.holder = excluded.holder`,
    )
    .run(name, holder, expiresAt.getTime(), now);
  return result.changes === 1;
}

/** Extends a lease we hold; false when it was lost (expired and taken by another holder). */
export function renewLease(name: string, ttlMs: number, holder = processHolder, now = Date.now()): boolean {
  return acquireLease(name, ttlMs, holder, now);
}

export function releaseLease(name: string, holder = processHolder): void {
  getSqlite().prepare('DELETE FROM job_leases WHERE name = ? AND holder = ?').run(name, holder);
}

/** Who holds a lease now, if anyone. */
export function leaseHolder(name: string, now = Date.now()): { holder: string; expiresAt: number } | null {
  const row = getDb().select().from(jobLeases).where(eq(jobLeases.name, name)).get();
  if (!row || row.expiresAt.getTime() <= now) return null;
  return { holder: row.holder, expiresAt: row.expiresAt.getTime() };
}
