// writeTenantInventory leaves a row that did not change as it is (only its seen times move) and
// rewrites one that did: every column a change can reach must end up as a fresh write would store it.
import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getDb, getSqlite } from '@/db';
import { inventorySnapshots, inventorySubscriptions, syncTenantState } from '@/db/schema';
import type { SubscriptionDetail, SubscriptionRow } from '@/lib/ingram';
import { writeTenantInventory } from '@/lib/inventory/store';
import { rowHashOf } from '@/lib/inventory/stored-row';
import { recordTenantError, recordTenantSuccess } from '@/lib/inventory/sync/tenant-state';

const T0 = Date.parse('2026-03-02T08:00:00Z');
const T1 = T0 + 60_000;
const NEXT_DAY = T0 + 86_400_000;
let n = 0;
const nextTenant = () => `store-tenant-${++n}`;

function detail(id: string, over: Partial<SubscriptionDetail> = {}, product: Partial<NonNullable<SubscriptionDetail['product']>> = {}): SubscriptionDetail {
  const p = {
    mpn: 'CFQ7TTC0LH18:0001',
    name: 'Microsoft 365 Business Basic',
    quantity: 5,
    unitPrice: { amount: '6.00', currency: 'USD' },
    unitCost: { amount: '5.10', currency: 'USD' },
    extendedPrice: { amount: '30.00', currency: 'USD' },
    vendorSubscriptionId: `vendor-${id}`,
    ...product,
  };
  return {
    id,
    name: 'Microsoft 365 Business Basic',
    customerId: '1000001',
    status: 'active',
    autoRenew: true,
    creationDate: '2026-02-27',
    renewalDate: '2027-02-27',
    expirationDate: '2027-02-27',
    lastModifiedDate: '2026-02-27',
    billingPeriod: { type: 'month', duration: 1 },
    subscriptionPeriod: { type: 'year', duration: 1 },
    product: p,
    products: [p],
    totalPrice: { amount: '30.00', currency: 'USD' },
    fulfillmentParameters: [],
    orderParameters: [],
    ...over,
  };
}
const rowOf = (d: SubscriptionDetail): SubscriptionRow => {
  const { product: _p, products: _ps, totalPrice: _t, fulfillmentParameters: _f, orderParameters: _o, ...row } = d;
  return row;
};

function write(tenantId: string, details: SubscriptionDetail[], now: number, listedOnly: SubscriptionRow[] = [], customerId = '1000001') {
  return writeTenantInventory({ tenantId, customerId, rows: [...details.map(rowOf), ...listedOnly], details, now });
}
const stored = (id: string) => getDb().select().from(inventorySubscriptions).where(eq(inventorySubscriptions.id, id)).get()!;
/** The columns a write decides, without the row's identity and its times. */
const content = (id: string) => {
  const { id: _i, tenantId: _t, firstSeenAt: _f, lastSeenAt: _l, detailFetchedAt: _d, goneAt: _g, ...rest } = stored(id);
  return rest;
};

describe('writeTenantInventory, a second time', () => {
  it('an unchanged row keeps every value; only its seen and detail times move', () => {
    const tenant = nextTenant();
    const d = detail(`${tenant}-a`);
    write(tenant, [d], T0);
    const before = content(d.id);
    const counts = write(tenant, [d], T1);
    expect(counts).toEqual({ seen: 1, changed: 0, gone: 0 });
    expect(content(d.id)).toEqual(before);
    expect(stored(d.id)).toMatchObject({ firstSeenAt: new Date(T0), lastSeenAt: new Date(T1), detailFetchedAt: new Date(T1), goneAt: null });
  });

  // Each change alone, against a fresh write of the same detail under another id.
  const changes: Array<[string, (id: string) => SubscriptionDetail, string]> = [
    ['quantity', (id) => detail(id, {}, { quantity: 7 }), '1000001'],
    ['unit price', (id) => detail(id, {}, { unitPrice: { amount: '6.50', currency: 'USD' } }), '1000001'],
    ['unit cost', (id) => detail(id, {}, { unitCost: { amount: '4.90', currency: 'USD' } }), '1000001'],
    ['total price', (id) => detail(id, { totalPrice: { amount: '35.00', currency: 'USD' } }), '1000001'],
    ['currency', (id) => detail(id, { totalPrice: { amount: '30.00', currency: 'EUR' } }), '1000001'],
    ['product name', (id) => detail(id, {}, { name: 'Microsoft 365 Business Standard' }), '1000001'],
    ['mpn', (id) => detail(id, {}, { mpn: 'CFQ7TTC0LDPB:0001' }), '1000001'],
    ['vendor subscription id', (id) => detail(id, {}, { vendorSubscriptionId: 'another' }), '1000001'],
    ['status', (id) => detail(id, { status: 'suspended' }), '1000001'],
    ['auto-renew', (id) => detail(id, { autoRenew: false }), '1000001'],
    ['term', (id) => detail(id, { subscriptionPeriod: { type: 'year', duration: 3 } }), '1000001'],
    ['billing period', (id) => detail(id, { billingPeriod: { type: 'year', duration: 1 } }), '1000001'],
    ['renewal date (and the lots and window)', (id) => detail(id, { renewalDate: '2027-03-01', creationDate: '2026-03-01' }), '1000001'],
    ['expiration date', (id) => detail(id, { expirationDate: '2027-03-01' }), '1000001'],
    ['last modified date', (id) => detail(id, { lastModifiedDate: '2026-03-01' }), '1000001'],
    ['customer', (id) => detail(id), '1000002'],
  ];
  it.each(changes)('a changed %s is stored as a fresh write stores it', (_what, changed, customerId) => {
    const tenant = nextTenant();
    const id = `${tenant}-a`;
    write(tenant, [detail(id)], T0);
    const before = content(id);
    write(tenant, [changed(id)], T1, [], customerId);
    const fresh = `${tenant}-fresh`;
    write(nextTenant(), [changed(fresh)], T1, [], customerId);
    // The id is part of the row hash and of the default vendor id: those two are compared on their own.
    const { vendorSubscriptionId: v1, rowHash: h1, ...after } = content(id);
    const { vendorSubscriptionId: v2, rowHash: _h2, ...expected } = content(fresh);
    expect(after).toEqual(expected);
    expect(v1).toBe(v2 === `vendor-${fresh}` ? `vendor-${id}` : v2);
    expect(h1).toBe(rowHashOf(rowOf(changed(id))));
    expect(content(id)).not.toEqual(before);
    expect(stored(id)).toMatchObject({ lastSeenAt: new Date(T1), detailFetchedAt: new Date(T1) });
  });

  it('a listed row without a detail: unchanged, only its seen time moves; changed, its list fields are stored', () => {
    const tenant = nextTenant();
    const ended = rowOf(detail(`${tenant}-ended`, { status: 'terminated' }));
    write(tenant, [], T0, [ended]);
    write(tenant, [], T1, [ended]);
    expect(stored(ended.id)).toMatchObject({ status: 'terminated', lastSeenAt: new Date(T1), detailFetchedAt: null });
    write(tenant, [], T1 + 1000, [{ ...ended, status: 'removed', autoRenew: false }]);
    expect(stored(ended.id)).toMatchObject({ status: 'removed', autoRenew: false, lastSeenAt: new Date(T1 + 1000) });
  });

  it('a row no longer listed is marked gone, and comes back unchanged when it is listed again', () => {
    const tenant = nextTenant();
    const [a, b] = [detail(`${tenant}-a`), detail(`${tenant}-b`)];
    write(tenant, [a, b], T0);
    expect(write(tenant, [a], T1).gone).toBe(1);
    expect(stored(b.id).goneAt).toEqual(new Date(T1));
    expect(write(tenant, [a], T1 + 1000).gone).toBe(0);
    write(tenant, [a, b], T1 + 2000);
    expect(stored(b.id)).toMatchObject({ goneAt: null, lastSeenAt: new Date(T1 + 2000), quantity: 5 });
  });

  it("today's snapshot follows a change made the same day; the next day gets its own", () => {
    const tenant = nextTenant();
    const id = `${tenant}-a`;
    const snap = (day: string) =>
      getDb()
        .select()
        .from(inventorySnapshots)
        .where(and(eq(inventorySnapshots.subscriptionId, id), eq(inventorySnapshots.day, day)))
        .get();
    write(tenant, [detail(id)], T0);
    write(tenant, [detail(id)], T1);
    expect(snap('2026-03-02')).toMatchObject({ quantity: 5, unitPrice: '6.00', status: 'active' });
    write(tenant, [detail(id, {}, { quantity: 9 })], T1 + 1000);
    expect(snap('2026-03-02')).toMatchObject({ quantity: 9 });
    write(tenant, [detail(id, {}, { quantity: 9 })], NEXT_DAY);
    expect(snap('2026-03-03')).toMatchObject({ quantity: 9, tenantId: tenant });
  });
});

describe("a tenant's success", () => {
  const state = (tenantId: string) => getDb().select().from(syncTenantState).where(eq(syncTenantState.tenantId, tenantId)).get();

  it('is recorded with the rows, clears the last error and keeps the run marker of a live load', () => {
    const tenant = nextTenant();
    recordTenantError({ tenantId: tenant, customerId: '1000001' }, 42, 3, { message: 'Boom', status: 500, correlationId: 'c-1' }, new Date(T0));
    writeTenantInventory({ tenantId: tenant, customerId: '1000001', rows: [rowOf(detail(`${tenant}-a`))], details: [detail(`${tenant}-a`)], now: T1, success: { runId: undefined, calls: 0 } });
    expect(state(tenant)).toMatchObject({
      lastRunId: 42,
      lastSuccessAt: new Date(T1),
      lastAttemptAt: new Date(T1),
      lastCalls: 0,
      errorMessage: null,
      errorStatus: null,
      errorCorrelationId: null,
      errorAt: null,
    });
  });

  it("a sync run's success sets its run marker and calls", () => {
    const tenant = nextTenant();
    recordTenantSuccess({ tenantId: tenant, customerId: '1000001' }, 7, 12, new Date(T0));
    expect(state(tenant)).toMatchObject({ lastRunId: 7, lastCalls: 12, lastSuccessAt: new Date(T0) });
    recordTenantSuccess({ tenantId: tenant, customerId: '1000002' }, null, 3, new Date(T1));
    expect(state(tenant)).toMatchObject({ lastRunId: null, customerId: '1000002', lastCalls: 3 });
  });

  it('is not recorded when the rows could not be written (one transaction)', () => {
    const tenant = nextTenant();
    const broken = { ...detail(`${tenant}-a`), name: undefined as unknown as string, product: undefined, products: [] };
    expect(() => writeTenantInventory({ tenantId: tenant, customerId: '1000001', rows: [rowOf(broken)], details: [broken], now: T1, success: { runId: undefined, calls: 0 } })).toThrow();
    expect(state(tenant)).toBeUndefined();
    expect(getSqlite().inTransaction).toBe(false);
  });
});
