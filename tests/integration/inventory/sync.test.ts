// The inventory sync against the sandbox over HTTP: a full run stores every mapped tenant's
// subscriptions, an incremental run on an unchanged world reads far fewer details.
import { beforeEach, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { getDb } from '@/db';
import { inventorySnapshots, inventorySubscriptions, syncRuns } from '@/db/schema';
import { readTenantLicenses } from '@/lib/inventory/reads';
import { loadTenantLicenses } from '@/lib/licenses/load';
import { runSync } from '@/lib/inventory/sync/engine';
import { createCallBudget } from '@/lib/inventory/sync/budget';
import { getIngramClient, periodCode } from '@/lib/ingram';
import { withSandbox } from '../ingram/sandbox-harness';
import { customerIdOf, mappedWorld, tenantIdOf } from './world';

const sb = withSandbox({ settings: true });
const CUSTOMERS = 12;
const budget = () => createCallBudget(100_000);

beforeEach(async () => {
  await sb.clearFaults();
  await mappedWorld(sb, CUSTOMERS);
  await sb.resetCounters();
});

describe('inventory sync', () => {
  it('a full run stores every subscription with quantity, price, cost and lots, and a snapshot per subscription', async () => {
    const out = await runSync({ kind: 'full', trigger: 'manual' }, { budget: budget() });
    expect(out.state).toBe('finished');
    if (out.state !== 'finished') return;
    expect(out.run).toMatchObject({ status: 'succeeded', kind: 'full', tenantsTotal: CUSTOMERS, tenantsDone: CUSTOMERS, tenantsFailed: 0, subscriptionsSeen: CUSTOMERS * 5 });
    const { byRoute } = await sb.counters();
    // Every active subscription's detail once (every 20th is terminated).
    expect(byRoute['GET /subscriptions/{id}']).toBe(CUSTOMERS * 5 - 3);
    expect(out.run.detailCalls).toBe(CUSTOMERS * 5 - 3);
    const rows = getDb()
      .select()
      .from(inventorySubscriptions)
      .where(eq(inventorySubscriptions.tenantId, tenantIdOf(0)))
      .all();
    expect(rows).toHaveLength(5);
    const active = rows.find((r) => r.status === 'active')!;
    expect(active.quantity).toBeGreaterThan(0);
    expect(Number(active.unitCost)).toBeGreaterThan(0);
    expect(Number(active.unitPrice)).toBeGreaterThan(Number(active.unitCost));
    expect(active.currency).toBe('USD');
    expect(active.termMonths).toBe(12);
    expect(active.lots.reduce((n, l) => n + l.quantity, 0)).toBe(active.quantity);
    expect(getDb().select().from(inventorySnapshots).all().length).toBe(CUSTOMERS * 5);
    const read = readTenantLicenses(tenantIdOf(0));
    expect(read.asOf).not.toBeNull();
    expect(read.rows.map((r) => r.id).sort()).toEqual(
      rows
        .filter((r) => r.status === 'active')
        .map((r) => r.id)
        .sort(),
    );
  });

  it('an incremental run on an unchanged world makes at least ten times fewer detail calls', async () => {
    await runSync({ kind: 'full', trigger: 'manual' }, { budget: budget() });
    const full = await sb.count('GET /subscriptions/{id}');
    await sb.resetCounters();
    const out = await runSync({ kind: 'incremental', trigger: 'schedule' }, { budget: budget() });
    expect(out.state === 'finished' && out.run.kind).toBe('incremental');
    const incremental = await sb.count('GET /subscriptions/{id}');
    expect(full).toBeGreaterThanOrEqual(50);
    expect(incremental * 10).toBeLessThanOrEqual(full);
    expect(
      getDb()
        .select()
        .from(syncRuns)
        .all()
        .map((r) => r.status),
    ).toEqual(['succeeded', 'succeeded']);
  });

  it('an incremental run reads the recent orders once for every tenant: at least ten times fewer calls in all', async () => {
    // 17 subscriptions a customer, as 3,000 customers hold 50,000 (the bench's world).
    await mappedWorld(sb, CUSTOMERS, 17);
    await sb.resetCounters();
    await runSync({ kind: 'full', trigger: 'manual' }, { budget: budget() });
    const full = (await sb.counters()).total;
    await sb.resetCounters();
    const out = await runSync({ kind: 'incremental', trigger: 'schedule' }, { budget: budget() });
    expect(out.state === 'finished' && out.run.status).toBe('succeeded');
    const { total, byRoute } = await sb.counters();
    // One list per tenant and one (single-page) read of the recent orders of every customer.
    expect(byRoute['GET /orders']).toBe(1);
    expect(byRoute['GET /subscriptions']).toBe(CUSTOMERS);
    expect(total * 10).toBeLessThanOrEqual(full);
    if (out.state === 'finished') expect(out.run.calls).toBe(total);
  });

  it('an incremental run still re-reads a subscription an order named since the last sweep', async () => {
    await runSync({ kind: 'full', trigger: 'manual' }, { budget: budget() });
    const client = getIngramClient();
    const [sub] = await client.getSubscriptionDetails((await client.listSubscriptions({ customerId: customerIdOf(3) })).filter((r) => r.status === 'active').slice(0, 1));
    const placed = await client.placeChangeOrder({
      customerId: customerIdOf(3),
      subscriptionId: sub!.id,
      mpn: sub!.product!.mpn!,
      newQuantity: sub!.product!.quantity + 2,
      billingPeriod: periodCode(sub!.billingPeriod)!,
      subscriptionPeriod: periodCode(sub!.subscriptionPeriod)!,
      poNumber: `SYNC-${Date.now()}`,
    });
    expect(placed.outcome).toBe('placed');
    await sb.resetCounters();
    await runSync({ kind: 'incremental', trigger: 'schedule' }, { budget: budget() });
    const { byRoute } = await sb.counters();
    expect(byRoute['GET /subscriptions/{id}']).toBeGreaterThanOrEqual(1);
    // The order's customer alone read its whole orders list again (for the seat lots).
    expect(byRoute['GET /orders']).toBe(2);
  });

  it('a live load writes the inventory, and the inventory reads back the rows the live load showed', async () => {
    expect(readTenantLicenses(tenantIdOf(2)).asOf).toBeNull();
    const now = Date.now();
    const live = await loadTenantLicenses({ tenantId: tenantIdOf(2), customerId: customerIdOf(2) }, undefined, now);
    const stored = readTenantLicenses(tenantIdOf(2), { now });
    expect(stored.asOf).toBe(new Date(now).toISOString());
    const pick = (r: (typeof live.rows)[number]) => [r.id, r.productName, r.mpn, r.quantity, r.status, r.termAndBilling, r.unitPrice, r.totalPrice, r.currency, r.renewalDate, r.autoRenew, r.window];
    expect(stored.rows.map(pick).sort()).toEqual(live.rows.map(pick).sort());
  });
});
