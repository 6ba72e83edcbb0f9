import 'server-only';
// The sync run: one holder at a time (a lease in the database, renewed while it runs), a run row
// with progress, every mapped tenant synced within the call budget, one tenant's failure recorded
// and the rest carried on. A run left `running` by a dead process is continued first: the
// tenants it already handled are skipped.
import type { SyncRunRow } from '@/db/schema';
import { env } from '@/lib/env';
import { getIngramClient, mapWithConcurrency, type IngramClient, type OrderRow } from '@/lib/ingram';
import { acquireLease, processHolder, releaseLease, renewLease } from '@/lib/jobs/lease';
import { createCallBudget, type CallBudget } from './budget';
import { auditRun } from './audit-run';
import { abandonedRun, createRun, lastFinishedSweep, runById, updateRun, type RunTrigger } from './runs';
import { readSyncSettings } from './settings';
import { syncTenant, type SyncMode } from './tenant';
import { mappedTenants, recordTenantError, recordTenantSuccess, tenantErrorOf, tenantsDoneIn, type SyncTarget } from './tenant-state';
import { microsoftConnected, startUsageRead, usageClient, usageDue } from './usage';
import type { MicrosoftClient } from '@/lib/microsoft';

export const SYNC_LEASE = 'inventory-sync';
/** Tenants synced side by side, each with the client's bounded detail pool. */
const TENANT_CONCURRENCY = 8;

export type SyncRequest = { kind: 'full' | 'incremental'; trigger: RunTrigger; startedBy?: { id: string; email: string; role: string } | null };

export type EngineOptions = {
  holder?: string;
  leaseTtlMs?: number;
  /** The lease's clock (tests move it past an expiry). */
  clock?: () => number;
  /** A client whose every HTTP exchange first awaits `beforeExchange`. */
  clientFor?: (beforeExchange: () => Promise<void>) => IngramClient;
  /** Stops the run where it is, leaving it `running` and the lease to expire, as a crash would. */
  signal?: AbortSignal;
  budget?: CallBudget;
  /** The Microsoft client for usage reads (default: the saved connection, when there is one). */
  usageClientFor?: (beforeExchange: () => Promise<void>) => MicrosoftClient | null;
  /** Called after each tenant is recorded (tests stop a run mid-way with it). */
  onTenantDone?: (tenantId: string) => void;
};

/** `resumed`: the run was one a dead process left behind, continued instead of starting a new one. */
export type SyncOutcome = { state: 'busy' } | { state: 'stopped'; run: SyncRunRow } | { state: 'finished'; run: SyncRunRow; resumed: boolean };

const defaultClient = (beforeExchange: () => Promise<void>) => getIngramClient({ options: { beforeExchange, maxRetries: 6 } });

export async function runSync(req: SyncRequest, opts: EngineOptions = {}): Promise<SyncOutcome> {
  const holder = opts.holder ?? processHolder;
  const ttl = opts.leaseTtlMs ?? 60_000;
  const clock = opts.clock ?? Date.now;
  if (!acquireLease(SYNC_LEASE, ttl, holder, clock())) return { state: 'busy' };
  let lost = false;
  const renew = setInterval(() => {
    if (!renewLease(SYNC_LEASE, ttl, holder, clock())) lost = true;
  }, ttl / 3);
  renew.unref();
  const stopped = () => lost || !!opts.signal?.aborted;
  const budget = opts.budget ?? createCallBudget(readSyncSettings().callBudgetPerMinute);
  try {
    // A run a dead process left behind is continued; it answers this request too.
    const dead = abandonedRun();
    if (dead) {
      const resumed = await execute(dead, { ...opts, budget, stopped });
      return resumed.status === 'running' ? { state: 'stopped', run: resumed } : { state: 'finished', run: resumed, resumed: true };
    }
    const since = lastFinishedSweep();
    const kind = req.kind === 'incremental' && since ? 'incremental' : 'full';
    const run = createRun({ kind, trigger: req.trigger, startedBy: req.startedBy?.email ?? null, sinceAt: kind === 'incremental' ? since : null, tenantsTotal: mappedTenants().length });
    const done = await execute(run, { ...opts, budget, stopped }, req.startedBy ?? null);
    return done.status === 'running' ? { state: 'stopped', run: done } : { state: 'finished', run: done, resumed: false };
  } finally {
    clearInterval(renew);
    // A stopped run keeps the lease until it expires, exactly as a crashed process would.
    if (!stopped()) releaseLease(SYNC_LEASE, holder);
  }
}

type Exec = EngineOptions & { budget: CallBudget; stopped: () => boolean };

async function execute(run: SyncRunRow, x: Exec, user: SyncRequest['startedBy'] = null): Promise<SyncRunRow> {
  const mode: SyncMode = run.kind === 'incremental' && run.sinceAt ? { kind: 'incremental', since: run.sinceAt.getTime() } : { kind: 'full' };
  const all = mappedTenants();
  const done = tenantsDoneIn(run.id);
  const todo = all.filter((t) => !done.has(t.tenantId));
  const c = { ...run, tenantsTotal: all.length, tenantsDone: done.size };
  updateRun(run.id, { tenantsTotal: all.length, tenantsDone: done.size });
  const concurrency = env().INGRAM_CONCURRENCY;
  const clientFor = x.clientFor ?? defaultClient;
  // Microsoft's calls share the Ingram budget; their count joins the tenant's and the run's.
  const msCalls = new Map<string, number>();
  const usage = usageClientOf(x, (tenantId) => msCalls.set(tenantId, (msCalls.get(tenantId) ?? 0) + 1));

  const recent = mode.kind === 'incremental' && todo.length > 1 ? await recentOrdersByCustomer(clientFor, x, c, mode.since) : undefined;

  await mapWithConcurrency(todo, TENANT_CONCURRENCY, async (t: SyncTarget) => {
    if (x.stopped()) return;
    let calls = 0;
    const client = clientFor(async () => {
      await x.budget.take();
      calls++;
      c.calls++;
    });
    try {
      // Microsoft is read beside Ingram; the link to the Ingram rows is made once they are written.
      const usageRead = usage && usageDue(t.tenantId, mode.kind === 'incremental', Date.now()) ? startUsageRead(usage.forTenant(t.tenantId), t.tenantId) : null;
      const r = await syncTenant(client, t, mode, { concurrency, recentOrders: recent ? (recent.get(t.customerId) ?? []) : undefined }).catch(async (e: unknown) => {
        await usageRead; // settled before the tenant's error is recorded, never left dangling
        throw e;
      });
      if (usageRead) (await usageRead)();
      if (x.stopped()) return; // a stopped run does not record what it finished after the stop
      const used = msCalls.get(t.tenantId) ?? 0;
      c.calls += used;
      recordTenantSuccess(t, run.id, calls + used);
      c.detailCalls += r.detailCalls;
      c.subscriptionsSeen += r.seen;
      c.subscriptionsChanged += r.changed;
      c.subscriptionsGone += r.gone;
    } catch (e) {
      if (x.stopped()) return;
      recordTenantError(t, run.id, calls, tenantErrorOf(e));
      c.tenantsFailed++;
    }
    c.tenantsDone++;
    updateRun(run.id, pick(c));
    x.onTenantDone?.(t.tenantId);
  });

  if (x.stopped()) return runById(run.id)!;
  const status = c.tenantsFailed === 0 ? 'succeeded' : c.tenantsFailed >= c.tenantsTotal ? 'failed' : 'partial';
  updateRun(run.id, { ...pick(c), status, finishedAt: new Date() });
  const finished = runById(run.id)!;
  auditRun(finished, user);
  return finished;
}

/** One Microsoft client per tenant over one shared token cache, or null when Microsoft is not connected. */
function usageClientOf(x: Exec, counted: (tenantId: string) => void): { forTenant(tenantId: string): MicrosoftClient } | null {
  const make = x.usageClientFor ?? ((b: () => Promise<void>) => (microsoftConnected() ? usageClient(b) : null));
  try {
    if (!make(() => Promise.resolve())) return null;
  } catch {
    return null; // settings that cannot be used: the tenants' notices say Microsoft is not read
  }
  return {
    forTenant: (tenantId) =>
      make(async () => {
        await x.budget.take();
        counted(tenantId);
      })!,
  };
}

// Most guards keep 100,000 rows (200 pages of 500): a longer answer may be cut, so each tenant asks for its own then.
const RECENT_ORDERS_MAX = 100_000;

/**
 * An incremental run reads the orders created since the last sweep once, for every customer (a few
 * pages), instead of once per tenant: an unchanged tenant then costs one call. Undefined when that read
 * fails or an order names no customer: each tenant then asks for its own, as before.
 */
async function recentOrdersByCustomer(clientFor: NonNullable<EngineOptions['clientFor']>, x: Exec, c: SyncRunRow, since: number): Promise<Map<string, OrderRow[]> | undefined> {
  const client = clientFor(async () => {
    await x.budget.take();
    c.calls++;
  });
  const rows = await client.listOrders({ creationTimeFrom: new Date(since) }).catch(() => undefined);
  if (!rows || rows.length >= RECENT_ORDERS_MAX || rows.some((o) => !o.customerId)) return undefined;
  const by = new Map<string, OrderRow[]>();
  for (const o of rows) {
    const list = by.get(o.customerId!) ?? [];
    list.push(o);
    by.set(o.customerId!, list);
  }
  return by;
}

const pick = (c: SyncRunRow) => ({
  tenantsTotal: c.tenantsTotal,
  tenantsDone: c.tenantsDone,
  tenantsFailed: c.tenantsFailed,
  calls: c.calls,
  detailCalls: c.detailCalls,
  subscriptionsSeen: c.subscriptionsSeen,
  subscriptionsChanged: c.subscriptionsChanged,
  subscriptionsGone: c.subscriptionsGone,
});
