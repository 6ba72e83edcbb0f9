import 'server-only';
// What the Sync tab shows: the schedule, the run going on with its progress and time left,
// the last runs and every tenant whose last attempt failed, with the upstream error.
import { desc, eq, isNotNull } from 'drizzle-orm';
import { getDb } from '@/db';
import { syncTenantState, tenants, type SyncRunRow } from '@/db/schema';
import { recentRuns } from './runs';
import { readSyncSettings, type SyncSettings } from './settings';

export type SyncRunDto = {
  id: number;
  kind: SyncRunRow['kind'];
  trigger: SyncRunRow['trigger'];
  status: SyncRunRow['status'];
  startedAt: string;
  finishedAt: string | null;
  durationSeconds: number | null;
  startedBy: string | null;
  tenantsTotal: number;
  tenantsDone: number;
  tenantsFailed: number;
  calls: number;
  detailCalls: number;
  subscriptionsSeen: number;
  subscriptionsChanged: number;
  subscriptionsGone: number;
  /** While running: seconds left at the pace so far, when there is a pace yet. */
  secondsLeft: number | null;
};

export type FailingTenantDto = {
  tenantId: string;
  displayName: string;
  customerId: string;
  message: string;
  status: number | null;
  correlationId: string | null;
  at: string | null;
  lastSuccessAt: string | null;
};

export type SyncStatusDto = { settings: SyncSettings; running: SyncRunDto | null; runs: SyncRunDto[]; failing: FailingTenantDto[] };

export function toRunDto(r: SyncRunRow, now = Date.now()): SyncRunDto {
  const elapsed = (r.finishedAt?.getTime() ?? now) - r.startedAt.getTime();
  const pace = r.tenantsDone > 0 ? elapsed / r.tenantsDone : null;
  return {
    id: r.id,
    kind: r.kind,
    trigger: r.trigger,
    status: r.status,
    startedAt: r.startedAt.toISOString(),
    finishedAt: r.finishedAt?.toISOString() ?? null,
    durationSeconds: r.finishedAt ? Math.round(elapsed / 100) / 10 : null,
    startedBy: r.startedBy,
    tenantsTotal: r.tenantsTotal,
    tenantsDone: r.tenantsDone,
    tenantsFailed: r.tenantsFailed,
    calls: r.calls,
    detailCalls: r.detailCalls,
    subscriptionsSeen: r.subscriptionsSeen,
    subscriptionsChanged: r.subscriptionsChanged,
    subscriptionsGone: r.subscriptionsGone,
    secondsLeft: r.status === 'running' && pace !== null ? Math.round((pace * Math.max(0, r.tenantsTotal - r.tenantsDone)) / 1000) : null,
  };
}

export function syncStatus(now = Date.now()): SyncStatusDto {
  const runs = recentRuns(15).map((r) => toRunDto(r, now));
  const failing = getDb()
    .select({
      tenantId: syncTenantState.tenantId,
      displayName: tenants.displayName,
      customerId: syncTenantState.customerId,
      message: syncTenantState.errorMessage,
      status: syncTenantState.errorStatus,
      correlationId: syncTenantState.errorCorrelationId,
      at: syncTenantState.errorAt,
      lastSuccessAt: syncTenantState.lastSuccessAt,
    })
    .from(syncTenantState)
    .innerJoin(tenants, eq(tenants.tenantId, syncTenantState.tenantId))
    .where(isNotNull(syncTenantState.errorMessage))
    .orderBy(desc(syncTenantState.errorAt))
    .limit(200)
    .all()
    .map((f) => ({ ...f, message: f.message ?? '', at: f.at?.toISOString() ?? null, lastSuccessAt: f.lastSuccessAt?.toISOString() ?? null }));
  return { settings: readSyncSettings(), running: runs.find((r) => r.status === 'running' && r.kind !== 'tenant') ?? null, runs, failing };
}
