// The portfolio queries over rows written straight into the inventory: filters, totals per
// currency, money per month, NCE window seats, and the cost keys only when permitted.
import { beforeAll, describe, expect, it } from 'vitest';
import { inventoryOrders, inventorySnapshots, inventorySubscriptions, orders, tenantMappings, tenants } from '@/db/schema';
import { subscriptionPageSchema } from '@/lib/inventory/filter';
import { portfolioHistory } from '@/lib/inventory/portfolio/history';
import { listAllPortfolioSubscriptions, listPortfolioSubscriptions } from '@/lib/inventory/portfolio/subscriptions';
import { portfolioSummary } from '@/lib/inventory/portfolio/summary';
import { listPortfolioOrders } from '@/lib/inventory/portfolio/orders';
import { emptyTables } from '../../support/db';
import { insertInventoryOrder, insertSnapshot, insertSubscriptions, insertTenant, subscription } from '../../support/inventory';

const NOW = Date.parse('2026-06-10T12:00:00Z');
const H = 3_600_000;
const iso = (ms: number) => new Date(ms).toISOString();
const page = (q: Record<string, string> = {}) => listPortfolioSubscriptions(subscriptionPageSchema.parse(q), { withCost: true, now: NOW });

beforeAll(() => {
  emptyTables(inventorySubscriptions, inventoryOrders, inventorySnapshots, orders, tenantMappings, tenants);
  insertTenant('t-a', 'Alpha');
  insertTenant('t-b', 'Bravo');
  insertTenant('t-c', 'Charlie', false);
  insertSubscriptions([
    // Alpha: annual billed monthly, 10 x 10.00 = 100.00/month, cost 80.00; renews in 20 days.
    subscription('t-a', { id: 'a1', renewalDate: '2026-06-30' }),
    // Alpha: annual billed yearly, 1200.00 per year = 100.00/month, cost 12 x 90 / 12 = 90.00; renews in 45 days.
    subscription('t-a', {
      id: 'a2',
      productName: 'Teams Phone',
      mpn: 'TP:1',
      billingPeriod: 'P1Y',
      billingMonths: 12,
      quantity: 12,
      unitPrice: '100.00',
      unitCost: '90.00',
      totalPrice: '1200.00',
      renewalDate: '2026-07-25',
    }),
    // Alpha: monthly term, renews in 5 days, auto-renew off.
    subscription('t-a', { id: 'a3', subscriptionPeriod: 'P1M', termMonths: 1, quantity: 2, totalPrice: '20.00', renewalDate: '2026-06-15', autoRenew: false }),
    // Bravo: in EUR, three-year term, seats added 150 h and 100 h ago (windows close in 18 h and 68 h).
    subscription('t-b', {
      id: 'b1',
      currency: 'EUR',
      subscriptionPeriod: 'P3Y',
      termMonths: 36,
      quantity: 7,
      totalPrice: '70.00',
      unitCost: '9.00',
      renewalDate: '2026-08-20',
      lots: [
        { quantity: 4, at: '2025-01-01T00:00:00.000Z', source: 'purchase' },
        { quantity: 2, at: iso(NOW - 150 * H), source: 'increase' },
        { quantity: 1, at: iso(NOW - 100 * H), source: 'increase' },
      ],
      windowClosesAt: new Date(NOW + 68 * H),
    }),
    // Bravo: suspended; and one gone upstream (never listed).
    subscription('t-b', { id: 'b2', status: 'suspended', currency: 'EUR', totalPrice: '50.00', quantity: 5 }),
    subscription('t-b', { id: 'b3', goneAt: new Date(NOW - 86_400_000) }),
  ]);
});

describe('All Tenants subscriptions', () => {
  it('lists every tenant’s rows that are not gone, with totals per currency normalised to a month', () => {
    const p = page();
    expect(p.total).toBe(5);
    expect(p.rows.map((r) => r.id)).not.toContain('b3');
    const usd = p.totals.find((t) => t.currency === 'USD')!;
    expect(usd).toEqual({ currency: 'USD', subscriptions: 3, seats: 24, monthlyPrice: 220, monthlyCost: 186, monthlyMargin: 34 });
    const eur = p.totals.find((t) => t.currency === 'EUR')!;
    expect(eur.monthlyPrice).toBe(120);
    expect(p.rows.find((r) => r.id === 'a2')).toMatchObject({ monthlyPrice: 100, monthlyCost: 90, monthlyMargin: 10, unitCost: '90.00', tenantName: 'Alpha' });
  });

  it('filters by product, status, term, billing, renewal window, auto-renew and open NCE window', () => {
    expect(page({ product: 'teams' }).rows.map((r) => r.id)).toEqual(['a2']);
    expect(page({ status: 'suspended' }).rows.map((r) => r.id)).toEqual(['b2']);
    expect(page({ term: 'monthly' }).rows.map((r) => r.id)).toEqual(['a3']);
    expect(page({ term: 'multiyear' }).rows.map((r) => r.id)).toEqual(['b1']);
    expect(page({ billing: 'P1Y' }).rows.map((r) => r.id)).toEqual(['a2']);
    expect(
      page({ renewalWithinDays: '30' })
        .rows.map((r) => r.id)
        .sort(),
    ).toEqual(['a1', 'a3']);
    expect(page({ autoRenew: 'off' }).rows.map((r) => r.id)).toEqual(['a3']);
    expect(page({ windowOpen: '1' }).rows.map((r) => r.id)).toEqual(['b1']);
    expect(page({ tenant: 'brav', status: 'active' }).total).toBe(1);
  });

  it('pages and sorts on the server, with a stable order', () => {
    const first = page({ pageSize: '25', sort: 'monthlyPrice', dir: 'desc' });
    expect(first.rows[0]!.monthlyPrice).toBeGreaterThanOrEqual(first.rows[1]!.monthlyPrice!);
    const all = listAllPortfolioSubscriptions({ sort: 'tenant', dir: 'asc' }, { withCost: false, now: NOW });
    expect(all.map((r) => r.tenantName)).toEqual(['Alpha', 'Alpha', 'Alpha', 'Bravo', 'Bravo']);
    expect(page({ page: '1' }).rows).toHaveLength(0);
  });

  it('leaves the cost keys out without costs.view, and ignores a cost sort', () => {
    const p = listPortfolioSubscriptions(subscriptionPageSchema.parse({ sort: 'monthlyMargin' }), { withCost: false, now: NOW });
    for (const r of p.rows) {
      expect(r).not.toHaveProperty('unitCost');
      expect(r).not.toHaveProperty('monthlyCost');
      expect(r).not.toHaveProperty('monthlyMargin');
    }
    expect(p.totals[0]).not.toHaveProperty('monthlyCost');
    expect(JSON.stringify(p)).not.toContain('"8.00"');
  });
});

describe('portfolio summary', () => {
  it('counts renewals per term, window seats closing within 24 and 72 hours, and unmapped tenants', () => {
    insertInventoryOrder({ id: 'o1', tenantId: 't-a', customerId: 'cust-t-a', status: 'processing', type: 'change', creationDate: iso(NOW - H), lastSeenAt: new Date(NOW) });
    insertInventoryOrder({ id: 'o2', tenantId: 't-b', customerId: 'cust-t-b', status: 'error', type: 'sales', creationDate: iso(NOW - 2 * 86_400_000), lastSeenAt: new Date(NOW) });
    insertInventoryOrder({ id: 'o3', tenantId: 't-b', customerId: 'cust-t-b', status: 'error', type: 'sales', creationDate: iso(NOW - 9 * 86_400_000), lastSeenAt: new Date(NOW) });
    const s = portfolioSummary({ withCost: true, now: NOW });
    expect(s.renewals.find((r) => r.days === 30)!.byTerm).toEqual({ monthly: 1, annual: 1, multiyear: 0 });
    expect(s.renewals.find((r) => r.days === 60)!.byTerm).toEqual({ monthly: 1, annual: 2, multiyear: 0 });
    expect(s.renewals.find((r) => r.days === 90)!.byTerm).toEqual({ monthly: 1, annual: 2, multiyear: 1 });
    expect(s.windows).toEqual([
      { hours: 24, subscriptions: 1, seats: 2 },
      { hours: 72, subscriptions: 1, seats: 3 },
    ]);
    expect(s.tenantsUnmapped).toBe(1);
    expect(s.ordersInProgress).toBe(1);
    expect(s.ordersFailed7d).toBe(1);
    expect(s.recurring.find((t) => t.currency === 'USD')).toMatchObject({ monthlyPrice: 220, monthlyMargin: 34 });
    expect(portfolioSummary({ withCost: false, now: NOW }).recurring[0]).not.toHaveProperty('monthlyCost');
    const failed = listPortfolioOrders({ state: 'failed', days: 7, page: 0, pageSize: 25 }, NOW);
    expect(failed.rows.map((o) => o.key)).toEqual(['ingram:o2']);
  });

  it('sums snapshots per day into seats and monthly spend', () => {
    insertSnapshot({ subscriptionId: 'a1', day: '2026-06-01', tenantId: 't-a', quantity: 10, totalPrice: '100.00', billingMonths: 1, currency: 'USD', status: 'active' });
    insertSnapshot({ subscriptionId: 'a2', day: '2026-06-01', tenantId: 't-a', quantity: 12, totalPrice: '1200.00', billingMonths: 12, currency: 'USD', status: 'active' });
    insertSnapshot({ subscriptionId: 'a1', day: '2026-01-01', tenantId: 't-a', quantity: 9, totalPrice: '90.00', billingMonths: 1, currency: 'USD', status: 'active' });
    expect(portfolioHistory(NOW)).toEqual([{ currency: 'USD', points: [{ day: '2026-06-01', seats: 22, monthlySpend: 200 }] }]);
  });
});
