import 'server-only';
// Started with the app: every minute it checks the schedule in sync_settings (so a saved change
// applies at once) and starts an incremental run every N minutes or the full run at HH:MM UTC.
// At start it continues a run a dead process left `running`. The lease keeps processes apart.
import { Cron } from 'croner';
import { env } from '@/lib/env';
import { integrationState } from '@/lib/settings/settings-row';
import { runSync, type SyncRequest } from './engine';
import { abandonedRun, recentRuns } from './runs';
import { readSyncSettings } from './settings';

/** The full run's time today (ms), from "HH:MM" UTC. */
export function fullRunTimeOn(day: number, hhmm: string): number {
  const [h, m] = hhmm.split(':').map(Number);
  const d = new Date(day);
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate(), h ?? 0, m ?? 0);
}

/** Which run is due at `now`, given the last tick and the last scheduled-or-manual sweep's start. */
export function dueRun(now: number, lastTick: number, lastSweepAt: number, s: { intervalMinutes: number; fullRunAt: string }): SyncRequest['kind'] | null {
  const fullAt = fullRunTimeOn(now, s.fullRunAt);
  if (lastTick < fullAt && fullAt <= now) return 'full';
  if (now - lastSweepAt >= s.intervalMinutes * 60_000) return 'incremental';
  return null;
}

async function start(kind: SyncRequest['kind'], trigger: SyncRequest['trigger']): Promise<void> {
  try {
    const out = await runSync({ kind, trigger });
    if (out.state === 'finished') console.log(`[inventory] ${out.run.kind} sync ${out.run.status}: ${out.run.tenantsDone} tenants, ${out.run.calls} calls`);
  } catch (e) {
    console.warn(`[inventory] sync could not run: ${(e as Error).message}`);
  }
}

export function startInventorySync(): void {
  const holder = globalThis as unknown as { __inventorySync?: Cron };
  if (holder.__inventorySync || env().SYNC_SCHEDULE === '0') return;
  const startedAt = Date.now();
  let lastTick = startedAt;
  if (integrationState() === 'enabled' && abandonedRun()) void start('incremental', 'startup');
  holder.__inventorySync = new Cron('* * * * *', { protect: true, unref: true, name: 'inventory-sync' }, async () => {
    const now = Date.now();
    const previous = lastTick;
    lastTick = now;
    const settings = readSyncSettings();
    if (!settings.enabled || integrationState() !== 'enabled') return;
    // A dead process's run is continued as soon as its lease has run out.
    if (abandonedRun()) return start('incremental', 'startup');
    const lastSweep = recentRuns(50).find((r) => r.kind !== 'tenant');
    const kind = dueRun(now, previous, Math.max(startedAt, lastSweep?.startedAt.getTime() ?? 0), settings);
    if (kind) await start(kind, 'schedule');
  });
}
