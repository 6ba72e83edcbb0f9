// The inventory-based alert sources with plain data: NCE lots closing, renewals, auto-renew off, sync failures.
import { describe, expect, it } from 'vitest';
import { inventoryAlertSources, type InventorySubscription } from '@/lib/alerts/sources/inventory';
import { isExcluded } from '@/lib/alerts/evaluate';

const NOW = new Date('2030-06-10T12:00:00Z');
const h = (hours: number) => new Date(NOW.getTime() + hours * 3600_000);
const params = { hours: 24, days: 30, includeMonthly: false };

const sub = (over: Partial<InventorySubscription>): InventorySubscription => ({
  tenantId: 't1',
  tenantName: 'Contoso',
  subscriptionId: 'S-1',
  product: 'Microsoft 365 E3',
  mpn: 'CFQ7TTC0LFLZ',
  termMonths: 12,
  renewalDate: null,
  autoRenew: true,
  quantity: 20,
  lots: [],
  ...over,
});

function sources(subs: InventorySubscription[]) {
  const all = inventoryAlertSources({
    subscriptions: () => subs,
    syncFailures: () => [{ runId: 'r9', tenantId: 't2', tenantName: 'Fabrikam', failedAt: NOW, message: 'Ingram answered 500', status: 500, correlationId: 'c-1' }],
  });
  return Object.fromEntries(all.map((s) => [s.kind, s]));
}

describe('inventory alert sources', () => {
  it('NCE window: only lots whose 168-hour window ends within the hours asked, with the seats and the deadline', async () => {
    const s = sub({
      lots: [
        { addedAt: h(-160), seats: 5 },
        { addedAt: h(-100), seats: 3 },
        { addedAt: h(-200), seats: 12 },
      ],
      quantity: 20,
    });
    const out = await sources([s])['nce.window-closing']!.collect(params, NOW);
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({ key: `nce:S-1:${h(-160).toISOString()}`, details: { 'Seats reducible': 5, Deadline: h(8).toISOString() } });
    // A product with a shorter window (data per product) closes sooner.
    const short = await sources([sub({ windowHours: 72, lots: [{ addedAt: h(-60), seats: 2 }] })])['nce.window-closing']!.collect(params, NOW);
    expect(short[0]!.details.Deadline).toBe(h(12).toISOString());
  });

  it('renewals: annual and multi-year within N days; monthly only when asked', async () => {
    const subs = [sub({ subscriptionId: 'A', renewalDate: h(24 * 10) }), sub({ subscriptionId: 'M', termMonths: 1, renewalDate: h(24 * 5) }), sub({ subscriptionId: 'L', renewalDate: h(24 * 40) })];
    const src = sources(subs)['renewal.upcoming']!;
    expect((await src.collect(params, NOW)).map((c) => c.details.Subscription)).toEqual(['A']);
    expect((await src.collect({ ...params, includeMonthly: true }, NOW)).map((c) => c.details.Subscription)).toEqual(['A', 'M']);
  });

  it('auto-renew off on a subscription that ends within N days; sync failures with their upstream details', async () => {
    const src = sources([sub({ subscriptionId: 'X', autoRenew: false, renewalDate: h(48) }), sub({ subscriptionId: 'Y', autoRenew: true, renewalDate: h(48) })]);
    expect((await src['autorenew.off']!.collect(params, NOW)).map((c) => c.details.Subscription)).toEqual(['X']);
    expect(await src['sync.failed']!.collect(params, NOW)).toEqual([
      expect.objectContaining({ key: 'sync:r9:t2', details: { Error: 'Ingram answered 500', 'HTTP status': 500, 'Correlation id': 'c-1' } }),
    ]);
  });

  it('exclusions match the tenant id, and the product by name or MPN whatever the case', () => {
    const c = { key: 'k', tenantId: 't1', tenantName: null, product: 'Microsoft 365 E3', mpn: 'CFQ7TTC0LFLZ', occurredAt: NOW, subject: '', details: {} };
    expect(isExcluded({ excludedTenants: ['t1'], excludedProducts: [] }, c)).toBe(true);
    expect(isExcluded({ excludedTenants: [], excludedProducts: ['cfq7ttc0lflz'] }, c)).toBe(true);
    expect(isExcluded({ excludedTenants: [], excludedProducts: ['microsoft 365 e3'] }, c)).toBe(true);
    expect(isExcluded({ excludedTenants: ['t2'], excludedProducts: ['Microsoft 365 E5'] }, c)).toBe(false);
  });
});
