// Usage in the inventory, against both sandboxes over HTTP: the sync links every Ingram subscription
// to the Microsoft one with the same id and stores seats paid, counted and assigned; a tenant
// Microsoft refuses is recorded while the others sync; a 429 is waited out.
import { beforeEach, describe, expect, it } from 'vitest';
import { getDb } from '@/db';
import {
  inventoryOrders,
  inventorySnapshots,
  inventorySubscriptions,
  inventoryUsage,
  jobLeases,
  microsoftSettings,
  syncRuns,
  syncTenantState,
  tenantMappings,
  tenants,
  usageTenantState,
} from '@/db/schema';
import { createCallBudget } from '@/lib/inventory/sync/budget';
import { runSync } from '@/lib/inventory/sync/engine';
import { usageErrors, usageFor, type SubscriptionUsage } from '@/lib/inventory/usage';
import { subscriptionPageSchema } from '@/lib/inventory/filter';
import { listAllPortfolioSubscriptions, listPortfolioSubscriptions } from '@/lib/inventory/portfolio/subscriptions';
import { subscriptionsCsv } from '@/lib/inventory/export';
import { dropMicrosoftTokens } from '@/lib/microsoft';
import { saveMicrosoftSettings } from '@/lib/settings/microsoft-settings';
import { microsoftSettingsSchema } from '@/lib/validations/microsoft-settings';
import { emptyTables } from '@/tests/support/db';
import { OTHER_PARTNER_TENANT_ID } from '../../../sandbox/microsoft/types';
import { withSandbox } from '../ingram/sandbox-harness';
import { CONTOSO, FABRIKAM, TAILSPIN_UNCONSENTED, withMsSandbox } from '../microsoft/ms-sandbox-harness';

const ingram = withSandbox({ settings: true });
const ms = withMsSandbox();
const MAPPED: Array<[string, string, string]> = [
  [CONTOSO, 'Contoso Ltd', '1000001'],
  [FABRIKAM, 'Fabrikam Inc', '1000002'],
  [TAILSPIN_UNCONSENTED, 'Tailspin Toys', '1000005'],
];

function connectMicrosoft(): void {
  const form = microsoftSettingsSchema.parse({ ...ms.credentials, loginBaseUrl: ms.loginBaseUrl, graphBaseUrl: ms.graphBaseUrl });
  expect(saveMicrosoftSettings(form, 'admin@demo.local').ok).toBe(true);
}

beforeEach(async () => {
  await ingram.clearFaults();
  emptyTables(inventorySubscriptions, inventoryOrders, inventorySnapshots, inventoryUsage, usageTenantState, syncRuns, syncTenantState, jobLeases, tenantMappings, tenants, microsoftSettings);
  for (const [tenantId, displayName, customerId] of MAPPED) {
    getDb()
      .insert(tenants)
      .values({ tenantId, displayName, defaultDomain: `${tenantId}.example` })
      .run();
    getDb().insert(tenantMappings).values({ tenantId, customerId, customerName: displayName, method: 'manual' }).run();
  }
  dropMicrosoftTokens();
  connectMicrosoft();
});

const sync = () => runSync({ kind: 'full', trigger: 'manual' }, { budget: createCallBudget(100_000) });
const byProduct = (tenantId: string) => new Map([...usageFor({ tenantIds: [tenantId] }).values()].map((u) => [u.skuPartNumber, u] as [string, SubscriptionUsage]));

describe('usage sync', () => {
  it('stores seats paid, counted and assigned per Ingram subscription as the Microsoft sandbox has them', async () => {
    const out = await sync();
    expect(out.state === 'finished' && out.run.status).toBe('succeeded');
    const contoso = byProduct(CONTOSO);
    expect(contoso.get('SPB')).toMatchObject({ paid: 25, microsoftSeats: 25, assigned: 25, unused: 0, otherSourceSeats: 0 });
    expect(contoso.get('O365_BUSINESS_ESSENTIALS')).toMatchObject({ paid: 10, microsoftSeats: 10, assigned: 6, unused: 4, otherSourceSeats: 0 });
    expect(contoso.get('EXCHANGESTANDARD')).toMatchObject({ paid: 5, assigned: 7, unused: 0 });
    const defender = contoso.get('MICROSOFT_DEFENDER_FOR_BUSINESS')!;
    expect(defender).toMatchObject({ paid: 12, microsoftSeats: 17, assigned: 14, unused: 0, otherSourceSeats: 5 });
    expect(defender.sources.filter((s) => !s.linked)).toEqual([expect.objectContaining({ sellerTenantId: OTHER_PARTNER_TENANT_ID, seats: 5 })]);
    // Every stored row agrees with what Graph says of the same product.
    const skus = await ms.client().listSubscribedSkus(CONTOSO);
    for (const u of contoso.values()) expect(skus.find((s) => s.skuId === u.skuId)).toMatchObject({ enabledSeats: u.microsoftSeats, assignedSeats: u.assigned });
    // Linked exactly: every Ingram subscription with a product in Graph has a row, keyed by its own id.
    const live = getDb()
      .select()
      .from(inventorySubscriptions)
      .all()
      .filter((s) => s.tenantId === CONTOSO && s.status === 'active' && s.vendorSubscriptionId);
    expect([...contoso.values()].map((u) => u.subscriptionId).sort()).toEqual(live.map((s) => s.id).sort());
    expect([...usageFor({ tenantIds: [CONTOSO], hasUnused: true }).values()].every((u) => (u.unused ?? 0) > 0)).toBe(true);
    // One tenant's grid asks for its rows' ids (the prepared one-tenant read): exactly those, and none of another tenant's.
    const [one, two] = [...contoso.values()].map((u) => u.subscriptionId);
    expect([...usageFor({ tenantIds: [CONTOSO], subscriptionIds: [one!, two!] }).keys()].sort()).toEqual([one, two].sort());
    expect(usageFor({ tenantIds: [FABRIKAM], subscriptionIds: [one!] }).size).toBe(0);
    expect(usageFor({ tenantIds: [CONTOSO], subscriptionIds: [] }).size).toBe(0);
  });

  it('records the tenant without consent while the others sync', async () => {
    const out = await sync();
    expect(out.state === 'finished' && out.run.status).toBe('succeeded'); // the Ingram side is whole
    expect(byProduct(FABRIKAM).size).toBeGreaterThan(0);
    expect(byProduct(TAILSPIN_UNCONSENTED).size).toBe(0);
    const errors = usageErrors([CONTOSO, FABRIKAM, TAILSPIN_UNCONSENTED]);
    expect([...errors.keys()]).toEqual([TAILSPIN_UNCONSENTED]);
    expect(errors.get(TAILSPIN_UNCONSENTED)).toMatchObject({ kind: 'no-consent', status: 400, message: expect.stringMatching(/consent/) });
    expect(errors.get(TAILSPIN_UNCONSENTED)!.correlationId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('a 403 in one tenant is that tenant’s missing permission', async () => {
    await ms.setTenant(FABRIKAM, { denied: ['/directory/subscriptions'] });
    await sync();
    expect(byProduct(CONTOSO).size).toBeGreaterThan(0);
    expect(usageErrors([FABRIKAM]).get(FABRIKAM)).toMatchObject({ kind: 'permission', status: 403 });
  });

  it('waits out a 429 with Retry-After and stores the tenant', async () => {
    await ms.fault({ method: 'GET', path: `/tenants/${CONTOSO}/subscribedSkus`, kind: 'status', status: 429, retryAfter: 1, count: 1 });
    const started = Date.now();
    await sync();
    expect(Date.now() - started).toBeGreaterThanOrEqual(1000);
    expect(await ms.count('GET /subscribedSkus', CONTOSO)).toBe(2);
    expect(byProduct(CONTOSO).get('SPB')).toMatchObject({ assigned: 25 });
    expect(usageErrors([CONTOSO]).size).toBe(0);
  });

  it('a throttled tenant beyond the retries is recorded as throttled', async () => {
    await ms.fault({ method: 'GET', path: `/tenants/${CONTOSO}/subscribedSkus`, kind: 'status', status: 429, retryAfter: 3600, count: 20 });
    await sync();
    expect(usageErrors([CONTOSO]).get(CONTOSO)).toMatchObject({ kind: 'throttled', status: 429 });
    expect(byProduct(FABRIKAM).size).toBeGreaterThan(0);
  });

  it('without Microsoft connected the Ingram side syncs and every tenant says why usage is missing', async () => {
    emptyTables(microsoftSettings);
    await ms.control('POST', '/counters/reset');
    const out = await sync();
    expect(out.state === 'finished' && out.run.status).toBe('succeeded');
    expect(usageFor({ tenantIds: MAPPED.map(([t]) => t) }).size).toBe(0);
    expect(usageErrors([CONTOSO]).get(CONTOSO)).toMatchObject({ kind: 'not-configured' });
    expect((await ms.counters()).total).toBe(0);
  });

  it('All Tenants: the unused filter keeps rows with unused seats, names tenants without data, and exports numbers', async () => {
    await sync();
    const all = listPortfolioSubscriptions(subscriptionPageSchema.parse({ pageSize: '100' }), { withCost: false });
    const unused = listPortfolioSubscriptions(subscriptionPageSchema.parse({ unused: '1', pageSize: '100' }), { withCost: false });
    expect(unused.total).toBeGreaterThan(0);
    expect(unused.total).toBeLessThan(all.total);
    expect(unused.rows.every((r) => (r.unused ?? 0) > 0)).toBe(true);
    expect(unused.rows.find((r) => r.tenantId === CONTOSO && r.productName === 'Microsoft 365 Business Basic')).toMatchObject({ assigned: 6, unused: 4 });
    expect(all.usageMissing?.map((n) => [n.tenantName, n.kind])).toEqual([['Tailspin Toys', 'no-consent']]);
    const rows = listAllPortfolioSubscriptions({ tenant: 'Contoso', sort: 'productName', dir: 'asc' }, { withCost: false });
    const csv = subscriptionsCsv(rows, false);
    const defender = csv.split('\n').find((line) => line.includes('Microsoft Defender for Business'))!;
    expect(csv.split('\n')[0]).toContain('Assigned,Unused,Seats from another source');
    expect(defender).toMatch(/,12,14,0,5,/);
  });
});
