import 'server-only';
// One tenant read whole from Ingram outside the scheduled runs: a person's Retry, or an order
// that just ended. It needs no lease: a tenant's write is one transaction, whoever makes it.
import { writeAudit } from '@/lib/audit';
import { env } from '@/lib/env';
import { getIngramClient } from '@/lib/ingram';
import { createRun, runById, updateRun, type RunTrigger } from './runs';
import { syncTenant } from './tenant';
import { mappedTenants, recordTenantError, recordTenantSuccess, tenantErrorOf } from './tenant-state';
import { syncTenantUsageIfConnected } from './usage';
import type { SyncRunRow } from '@/db/schema';

type User = { id: string; email: string; role: string } | null;

export async function syncOneTenant(tenantId: string, trigger: RunTrigger, user: User = null): Promise<SyncRunRow | undefined> {
  const target = mappedTenants([tenantId])[0];
  if (!target) return undefined;
  const run = createRun({ kind: 'tenant', trigger, startedBy: user?.email ?? null, sinceAt: null, tenantsTotal: 1 });
  let calls = 0;
  try {
    const client = getIngramClient({ options: { beforeExchange: () => void calls++ } });
    const r = await syncTenant(client, target, { kind: 'full' }, { concurrency: env().INGRAM_CONCURRENCY });
    // Seats paid just changed, so what is unused did too: Microsoft is read again (its failure is the tenant's notice).
    await syncTenantUsageIfConnected(tenantId, async () => void calls++);
    recordTenantSuccess(target, run.id, calls);
    updateRun(run.id, {
      status: 'succeeded',
      finishedAt: new Date(),
      tenantsDone: 1,
      calls,
      detailCalls: r.detailCalls,
      subscriptionsSeen: r.seen,
      subscriptionsChanged: r.changed,
      subscriptionsGone: r.gone,
    });
  } catch (e) {
    const error = tenantErrorOf(e);
    recordTenantError(target, run.id, calls, error);
    updateRun(run.id, { status: 'failed', finishedAt: new Date(), tenantsDone: 1, tenantsFailed: 1, calls, error: error.message });
  }
  const finished = runById(run.id)!;
  writeAudit({
    action: 'inventory.sync.tenant',
    result: finished.status === 'succeeded' ? 'success' : 'failure',
    user,
    tenantId,
    target: `sync run ${run.id}`,
    after: { status: finished.status, trigger, calls: finished.calls, subscriptionsSeen: finished.subscriptionsSeen, subscriptionsChanged: finished.subscriptionsChanged },
    message: finished.error,
  });
  return finished;
}

const inFlight = new Map<string, Promise<unknown>>();

/** Re-reads a tenant in the background once an order of it ended; calls for the same tenant coalesce. */
export function resyncTenantSoon(tenantId: string): void {
  if (inFlight.has(tenantId)) return;
  const p = syncOneTenant(tenantId, 'page')
    .catch((e: unknown) => console.warn(`[inventory] could not re-read tenant ${tenantId}: ${(e as Error).message}`))
    .finally(() => inFlight.delete(tenantId));
  inFlight.set(tenantId, p);
}
