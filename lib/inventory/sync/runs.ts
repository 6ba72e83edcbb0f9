import 'server-only';
// The run history: one row per run with its counts, progress while it goes, and the
// `running` row a dead process left behind (continued by the next holder of the lease).
import { and, desc, eq, inArray, isNotNull } from 'drizzle-orm';
import { getDb } from '@/db';
import { syncRuns, type SyncRunRow } from '@/db/schema';

export type RunKind = SyncRunRow['kind'];
export type RunTrigger = SyncRunRow['trigger'];

export function createRun(input: { kind: RunKind; trigger: RunTrigger; startedBy: string | null; sinceAt: Date | null; tenantsTotal: number }, now = new Date()): SyncRunRow {
  return getDb()
    .insert(syncRuns)
    .values({ ...input, startedAt: now, status: 'running' })
    .returning()
    .get();
}

/** A run left `running` by a process that died (only called while holding the lease, so it is not ours). */
export function abandonedRun(): SyncRunRow | undefined {
  return getDb()
    .select()
    .from(syncRuns)
    .where(and(eq(syncRuns.status, 'running'), inArray(syncRuns.kind, ['full', 'incremental'])))
    .orderBy(desc(syncRuns.id))
    .get();
}

/** The start of the last finished full or incremental run: an incremental run reads what changed since. */
export function lastFinishedSweep(): Date | null {
  const row = getDb()
    .select({ startedAt: syncRuns.startedAt })
    .from(syncRuns)
    .where(and(inArray(syncRuns.kind, ['full', 'incremental']), inArray(syncRuns.status, ['succeeded', 'partial']), isNotNull(syncRuns.finishedAt)))
    .orderBy(desc(syncRuns.startedAt))
    .get();
  return row?.startedAt ?? null;
}

export type RunProgress = Partial<
  Pick<SyncRunRow, 'tenantsTotal' | 'tenantsDone' | 'tenantsFailed' | 'calls' | 'detailCalls' | 'subscriptionsSeen' | 'subscriptionsChanged' | 'subscriptionsGone' | 'status' | 'finishedAt' | 'error'>
>;

export function updateRun(id: number, progress: RunProgress): void {
  getDb().update(syncRuns).set(progress).where(eq(syncRuns.id, id)).run();
}

export function runById(id: number): SyncRunRow | undefined {
  return getDb().select().from(syncRuns).where(eq(syncRuns.id, id)).get();
}

export function recentRuns(limit = 20): SyncRunRow[] {
  return getDb().select().from(syncRuns).orderBy(desc(syncRuns.id)).limit(limit).all();
}
