import 'server-only';
// The delivery queue in the database: queued rows, claimed with a lease by one worker at a time,
// then sent, or retried with exponential backoff until a day has passed since they were queued.
import { and, eq, inArray, isNull, lte, or, sql } from 'drizzle-orm';
import { getDb } from '@/db';
import { alertDeliveries } from '@/db/schema';
import type { AlertMessage, SendOutcome } from './types';

export const RETRY_BASE_MS = 30_000;
export const RETRY_MAX_DELAY_MS = 60 * 60_000;
export const GIVE_UP_AFTER_MS = 24 * 60 * 60_000;
/** How long a claim holds: a worker that dies mid-send frees its rows after this. */
export const CLAIM_MS = 2 * 60_000;

export type DeliveryRow = typeof alertDeliveries.$inferSelect;

type Tx = Pick<ReturnType<typeof getDb>, 'insert'>;

export function enqueueDelivery(tx: Tx, d: { channelId: number; eventId?: number | null; kind: 'event' | 'digest'; message: AlertMessage; now: Date }): void {
  tx.insert(alertDeliveries)
    .values({ channelId: d.channelId, eventId: d.eventId ?? null, kind: d.kind, payload: d.message, nextAttemptAt: d.now, queuedAt: d.now })
    .run();
}

/** The wait before the attempt after `attempts` failures: 30 s, 1 min, 2 min ... at most an hour. */
export function retryDelayMs(attempts: number): number {
  return Math.min(RETRY_BASE_MS * 2 ** Math.max(0, attempts - 1), RETRY_MAX_DELAY_MS);
}

/**
 * Claims up to `limit` due deliveries for `worker` in one UPDATE statement (atomic in SQLite), so two
 * workers, in one process or two, never hold the same row; an expired claim is free again.
 */
export function claimDueDeliveries(worker: string, now: Date, limit = 20): DeliveryRow[] {
  const db = getDb();
  const free = and(eq(alertDeliveries.status, 'pending'), lte(alertDeliveries.nextAttemptAt, now), or(isNull(alertDeliveries.claimedUntil), lte(alertDeliveries.claimedUntil, now)));
  const due = db.select({ id: alertDeliveries.id }).from(alertDeliveries).where(free).orderBy(alertDeliveries.nextAttemptAt).limit(limit);
  return db
    .update(alertDeliveries)
    .set({ claimedBy: worker, claimedUntil: new Date(now.getTime() + CLAIM_MS) })
    .where(and(inArray(alertDeliveries.id, due), free))
    .returning()
    .all();
}

/** Records an attempt's outcome, only while `worker` still holds the claim. */
export function recordAttempt(row: DeliveryRow, worker: string, outcome: SendOutcome, now: Date): DeliveryRow['status'] {
  const attempts = row.attempts + 1;
  const expired = now.getTime() - row.queuedAt.getTime() >= GIVE_UP_AFTER_MS;
  const status = outcome.ok ? 'sent' : expired ? 'failed' : 'pending';
  getDb()
    .update(alertDeliveries)
    .set({
      status,
      attempts,
      lastStatus: outcome.status ?? null,
      lastError: outcome.ok ? null : outcome.error,
      sentAt: outcome.ok ? now : null,
      nextAttemptAt: status === 'pending' ? new Date(now.getTime() + retryDelayMs(attempts)) : row.nextAttemptAt,
      claimedBy: null,
      claimedUntil: null,
    })
    .where(and(eq(alertDeliveries.id, row.id), eq(alertDeliveries.claimedBy, worker)))
    .run();
  return status;
}

/** A test send is sent at once, then recorded so it shows in the deliveries list. */
export function recordTestDelivery(channelId: number, message: AlertMessage, outcome: SendOutcome, now: Date): void {
  getDb()
    .insert(alertDeliveries)
    .values({
      channelId,
      kind: 'test',
      payload: message,
      status: outcome.ok ? 'sent' : 'failed',
      attempts: 1,
      nextAttemptAt: now,
      queuedAt: now,
      sentAt: outcome.ok ? now : null,
      lastStatus: outcome.status ?? null,
      lastError: outcome.ok ? null : outcome.error,
    })
    .run();
}

/** Pending deliveries (for the scheduler's log line and tests). */
export function pendingCount(): number {
  return (
    getDb()
      .select({ n: sql<number>`count(*)` })
      .from(alertDeliveries)
      .where(eq(alertDeliveries.status, 'pending'))
      .get()?.n ?? 0
  );
}
