import 'server-only';
// The sync's schedule and budget: one row, created with the defaults on first read.
import { eq } from 'drizzle-orm';
import { getDb } from '@/db';
import { syncSettings } from '@/db/schema';

export type SyncSettings = {
  enabled: boolean;
  intervalMinutes: number;
  fullRunAt: string;
  callBudgetPerMinute: number;
  staleAfterSeconds: number;
  updatedAt: string | null;
  updatedBy: string | null;
};

export function readSyncSettings(): SyncSettings {
  const db = getDb();
  let row = db.select().from(syncSettings).where(eq(syncSettings.id, 1)).get();
  if (!row) {
    db.insert(syncSettings).values({ id: 1 }).onConflictDoNothing().run();
    row = db.select().from(syncSettings).where(eq(syncSettings.id, 1)).get()!;
  }
  return {
    enabled: row.enabled,
    intervalMinutes: row.intervalMinutes,
    fullRunAt: row.fullRunAt,
    callBudgetPerMinute: row.callBudgetPerMinute,
    staleAfterSeconds: row.staleAfterSeconds,
    updatedAt: row.updatedAt?.toISOString() ?? null,
    updatedBy: row.updatedBy,
  };
}

export type SyncSettingsInput = Pick<SyncSettings, 'enabled' | 'intervalMinutes' | 'fullRunAt' | 'callBudgetPerMinute' | 'staleAfterSeconds'>;

export function saveSyncSettings(input: SyncSettingsInput, by: string, now = new Date()): void {
  readSyncSettings();
  getDb()
    .update(syncSettings)
    .set({ ...input, updatedAt: now, updatedBy: by })
    .where(eq(syncSettings.id, 1))
    .run();
}
