// The sync under trouble, against the sandbox: a 429 storm, a run killed mid-way and resumed
// by another process without a second lease, and one tenant's 500 recorded while the rest sync.
import { beforeEach, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { getDb } from '@/db';
import { auditLog, syncRuns, syncTenantState } from '@/db/schema';
import { getIngramClient } from '@/lib/ingram';
import { leaseHolder } from '@/lib/jobs/lease';
import { createCallBudget } from '@/lib/inventory/sync/budget';
import { runSync, SYNC_LEASE, type EngineOptions } from '@/lib/inventory/sync/engine';
import { withSandbox } from '../ingram/sandbox-harness';
import { customerIdOf, mappedWorld, tenantIdOf } from './world';

const sb = withSandbox({ settings: true });
const CUSTOMERS = 12;
// Short backoffs, so retries do not make the tests slow; the Retry-After the sandbox sends is still honoured.
const fast: EngineOptions = {
  budget: createCallBudget(100_000),
  clientFor: (beforeExchange) => getIngramClient({ options: { beforeExchange, maxRetries: 6, retryBaseMs: 20 } }),
};

beforeEach(async () => {
  await sb.clearFaults();
  await mappedWorld(sb, CUSTOMERS);
  await sb.resetCounters();
});

describe('inventory sync under trouble', () => {
  it('survives a 429 storm: every tenant synced, the throttled calls repeated after Retry-After', async () => {
    await sb.fault({ method: 'GET', path: '/subscriptions/{id}', kind: 'status', status: 429, retryAfter: 1, count: 15, message: 'Rate limit exceeded' });
    const started = Date.now();
    const out = await runSync({ kind: 'full', trigger: 'manual' }, fast);
    expect(out.state === 'finished' && out.run).toMatchObject({ status: 'succeeded', tenantsDone: CUSTOMERS, tenantsFailed: 0 });
    // 57 active subscriptions' details, plus the 15 answered 429 and asked again.
    expect(await sb.count('GET /subscriptions/{id}')).toBe(57 + 15);
    expect(Date.now() - started).toBeGreaterThanOrEqual(1000);
  });

  it('a run killed mid-way is continued by the next holder once the lease expires, skipping the tenants it did', async () => {
    const stop = new AbortController();
    let done = 0;
    const first = await runSync(
      { kind: 'full', trigger: 'manual' },
      {
        ...fast,
        holder: 'process-a',
        leaseTtlMs: 60_000,
        signal: stop.signal,
        onTenantDone: () => {
          if (++done === 4) stop.abort();
        },
      },
    );
    expect(first.state).toBe('stopped');
    const run = getDb().select().from(syncRuns).get()!;
    expect(run.status).toBe('running');
    const doneBefore = getDb().select().from(syncTenantState).where(eq(syncTenantState.lastRunId, run.id)).all().length;
    expect(doneBefore).toBeGreaterThanOrEqual(4);
    expect(doneBefore).toBeLessThan(CUSTOMERS);
    // The dead process still holds the lease: a second process may not start.
    expect(leaseHolder(SYNC_LEASE)?.holder).toBe('process-a');
    expect((await runSync({ kind: 'incremental', trigger: 'schedule' }, { ...fast, holder: 'process-b' })).state).toBe('busy');
    await sb.resetCounters();
    // After the lease expires, the next process continues the same run.
    const later = () => Date.now() + 61_000;
    const second = await runSync({ kind: 'incremental', trigger: 'schedule' }, { ...fast, holder: 'process-b', clock: later });
    expect(second.state === 'finished' && second.resumed).toBe(true);
    expect(second.state === 'finished' && second.run).toMatchObject({ id: run.id, status: 'succeeded', tenantsDone: CUSTOMERS });
    expect(getDb().select().from(syncRuns).all()).toHaveLength(1);
    // Only the tenants not done before were listed again.
    expect(await sb.count('GET /subscriptions')).toBe(CUSTOMERS - doneBefore);
  });

  it("records one tenant's 500 with its message, status and correlation id while the others sync", async () => {
    const [sub] = (await sb.client().listSubscriptions({ customerId: customerIdOf(3) })).filter((s) => s.status === 'active');
    await sb.fault({ method: 'GET', path: `/subscriptions/${sub!.id}`, kind: 'status', status: 500, count: 50, message: 'Vendor system unavailable' });
    const out = await runSync({ kind: 'full', trigger: 'manual' }, fast);
    expect(out.state === 'finished' && out.run).toMatchObject({ status: 'partial', tenantsDone: CUSTOMERS, tenantsFailed: 1 });
    const failed = getDb()
      .select()
      .from(syncTenantState)
      .where(eq(syncTenantState.tenantId, tenantIdOf(3)))
      .get()!;
    expect(failed).toMatchObject({ errorStatus: 500, lastSuccessAt: null });
    expect(failed.errorMessage).toContain('Vendor system unavailable');
    expect(failed.errorCorrelationId).toBeTruthy();
    const ok = getDb()
      .select()
      .from(syncTenantState)
      .where(eq(syncTenantState.tenantId, tenantIdOf(4)))
      .get()!;
    expect(ok.lastSuccessAt).not.toBeNull();
    expect(ok.errorMessage).toBeNull();
    const audit = getDb()
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'inventory.sync.full'), eq(auditLog.target, `sync run ${out.state === 'finished' ? out.run.id : 0}`)))
      .get();
    expect(audit?.message).toContain('11 of 12 tenants');
  });
});
