import 'server-only';
// The InventoryReader the inventory alert sources ask: every live subscription of the synced
// inventory with its seat lots and its product's window, and the tenants and runs whose last sync
// failed. Admin-wide on purpose: alert rules are managed by admins and cover every tenant.
import { and, desc, eq, isNotNull, isNull } from 'drizzle-orm';
import { getDb } from '@/db';
import { inventorySubscriptions, syncRuns, syncTenantState, tenants } from '@/db/schema';
import { readWindowLengths, windowMsOf } from '@/lib/licenses/window-lengths';
import type { InventoryReader, InventorySubscription, SyncFailure } from './inventory';

const HOUR_MS = 3_600_000;

// Renewal dates may be days or ISO times: a day is read as its midnight UTC.
const dateOf = (d: string | null): Date | null => (d ? new Date(d.length === 10 ? `${d}T00:00:00Z` : d) : null);

function subscriptions(): InventorySubscription[] {
  const lengths = readWindowLengths();
  return getDb()
    .select({ s: inventorySubscriptions, tenantName: tenants.displayName })
    .from(inventorySubscriptions)
    .leftJoin(tenants, eq(tenants.tenantId, inventorySubscriptions.tenantId))
    .where(and(isNull(inventorySubscriptions.goneAt), eq(inventorySubscriptions.status, 'active')))
    .all()
    .map(({ s, tenantName }) => ({
      tenantId: s.tenantId,
      tenantName,
      subscriptionId: s.id,
      product: s.productName,
      mpn: s.mpn || null,
      termMonths: s.termMonths ?? 1,
      renewalDate: dateOf(s.renewalDate),
      autoRenew: s.autoRenew,
      quantity: s.quantity ?? 0,
      lots: s.lots.map((l) => ({ addedAt: new Date(l.at), seats: l.quantity })),
      windowHours: windowMsOf(lengths, s.mpn) / HOUR_MS,
    }));
}

function syncFailures(): SyncFailure[] {
  const db = getDb();
  const perTenant = db
    .select({ state: syncTenantState, tenantName: tenants.displayName })
    .from(syncTenantState)
    .leftJoin(tenants, eq(tenants.tenantId, syncTenantState.tenantId))
    .where(isNotNull(syncTenantState.errorAt))
    .all()
    .map(({ state: t, tenantName }) => ({
      // A page's live load has no run: its failure is known by its time.
      runId: t.lastRunId !== null ? String(t.lastRunId) : `at-${t.errorAt!.getTime()}`,
      tenantId: t.tenantId,
      tenantName,
      failedAt: t.errorAt!,
      message: t.errorMessage ?? 'The sync failed without a message.',
      status: t.errorStatus,
      correlationId: t.errorCorrelationId,
    }));
  // A run that failed as a whole (no settings, no token), not through its tenants' failures (alerted above).
  const runs = db
    .select()
    .from(syncRuns)
    .where(and(eq(syncRuns.status, 'failed'), eq(syncRuns.tenantsFailed, 0)))
    .orderBy(desc(syncRuns.startedAt))
    .limit(20)
    .all();
  const whole = runs.map((r) => ({ runId: String(r.id), tenantId: null, tenantName: null, failedAt: r.finishedAt ?? r.startedAt, message: r.error ?? 'The sync run failed.' }));
  return [...perTenant, ...whole];
}

export const inventoryReader: InventoryReader = { subscriptions, syncFailures };
