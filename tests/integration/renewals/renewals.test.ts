// The Renewals route and the bulk dry run over a real database: the range and the day, monthly
// terms kept apart, changes already scheduled (Ingram's and the app's own), and the tenant scope
// in the list and in the dry run (a subscription outside it is answered as not found).
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { getDb } from '@/db';
import { inventoryOrders, inventorySubscriptions, orders, tenantMappings, tenants } from '@/db/schema';
import type { CurrentUser } from '@/lib/auth/current-user';
import type { IngramClient } from '@/lib/ingram';
import type { RenewalsPage } from '@/lib/renewals/types';
import { emptyTables } from '../../support/db';
import { insertInventoryOrder, insertSubscriptions, insertTenant, subscription } from '../../support/inventory';

const who: { user: CurrentUser | undefined } = { user: undefined };
vi.mock('@/lib/auth/current-user', () => ({ getCurrentUser: async () => who.user }));
const route = await import('@/app/api/renewals/route');
const { dryRunBulkChange } = await import('@/lib/renewals/dry-run');

const A = '0a000000-0000-4000-8000-00000000000a';
const B = '0b000000-0000-4000-8000-00000000000b';
const C = '0c000000-0000-4000-8000-00000000000c'; // not mapped
const editor: CurrentUser = { id: 'u2', email: 'editor@demo.local', name: 'Editor', role: 'editor', level: 'editor', lastTenantId: null, scope: { mode: 'all' } };
const onlyA: CurrentUser = { ...editor, scope: { mode: 'allow', tenantIds: [A] } };
const seen = new Date('2026-12-01T00:00:00Z');

beforeAll(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-12-01T12:00:00Z'));
  emptyTables(inventorySubscriptions, inventoryOrders, orders, tenantMappings, tenants);
  insertTenant(A, 'Alpha');
  insertTenant(B, 'Bravo');
  insertTenant(C, 'Charlie', false);
  insertSubscriptions([
    subscription(A, { id: 'a-annual', renewalDate: '2026-12-15', quantity: 12, lastSeenAt: seen }),
    subscription(A, { id: 'a-monthly', renewalDate: '2026-12-20', subscriptionPeriod: 'P1M', termMonths: 1, lastSeenAt: seen }),
    subscription(A, { id: 'a-late', renewalDate: '2027-03-01', lastSeenAt: seen }),
    subscription(A, { id: 'a-ended', renewalDate: '2026-12-16', status: 'terminated', lastSeenAt: seen }),
    subscription(B, { id: 'b-annual', renewalDate: '2026-12-15T00:00:00Z', quantity: 5, autoRenew: false, lastSeenAt: seen }),
    subscription(B, { id: 'b-3y', renewalDate: '2027-01-10', subscriptionPeriod: 'P3Y', termMonths: 36, billingPeriod: 'P1Y', billingMonths: 12, lastSeenAt: seen }),
    subscription(C, { id: 'c-annual', renewalDate: '2026-12-18', lastSeenAt: seen }),
  ]);
  // Ingram knows of a scheduled decrease on b-3y; the app itself placed one on a-annual.
  insertInventoryOrder({ id: '9000001', tenantId: B, customerId: `cust-${B}`, subscriptionId: 'b-3y', type: 'change', status: 'submitted', scheduled: true, newQuantity: 7, lastSeenAt: seen });
  getDb()
    .insert(orders)
    .values({
      poNumber: 'PO-R-1',
      tenantId: A,
      customerId: `cust-${A}`,
      type: 'change',
      subscriptionId: 'a-annual',
      quantity: 10,
      previousQuantity: 12,
      scheduledOn: 'renewal',
      state: 'placed',
      ingramStatus: 'submitted',
      createdBy: editor.email,
    })
    .run();
});
afterAll(() => vi.useRealTimers());

const list = async (url: string) => {
  const res = await route.GET(new Request(`http://app${url}`));
  return { status: res.status, body: (await res.json()) as RenewalsPage };
};

describe('GET /api/renewals', () => {
  it('lists active subscriptions renewing within the range, with the last safe moment and what is scheduled', async () => {
    who.user = editor;
    const { status, body } = await list('/api/renewals');
    expect(status).toBe(200);
    expect(body.rows.map((r) => r.id).sort()).toEqual(['a-annual', 'a-monthly', 'b-3y', 'b-annual', 'c-annual']);
    const a = body.rows.find((r) => r.id === 'a-annual')!;
    expect(a).toMatchObject({ tenantName: 'Alpha', term: 'annual', lastSafeMoment: '2026-12-14T23:59:00.000Z', scheduledChange: 'Decrease to 10 at renewal', pricePeriod: 'month' });
    expect(body.rows.find((r) => r.id === 'b-annual')).toMatchObject({ renewalDate: '2026-12-15', lastSafeMoment: '2026-12-14T23:59:00.000Z', autoRenew: false, scheduledChange: null });
    expect(body.rows.find((r) => r.id === 'b-3y')).toMatchObject({ term: 'multiyear', scheduledChange: 'Decrease to 7 at renewal', pricePeriod: 'year' });
    expect(body.rows.find((r) => r.id === 'a-monthly')!.term).toBe('monthly');
  });

  it('a longer range, one day, one tenant', async () => {
    who.user = editor;
    expect((await list('/api/renewals?days=120')).body.rows.map((r) => r.id)).toContain('a-late');
    expect((await list('/api/renewals?day=2026-12-15')).body.rows.map((r) => r.id).sort()).toEqual(['a-annual', 'b-annual']);
    expect((await list(`/api/renewals?tenantId=${B}`)).body.rows.map((r) => r.id).sort()).toEqual(['b-3y', 'b-annual']);
  });

  it('keeps to the role’s tenants, and answers a tenant outside them as not found', async () => {
    who.user = onlyA;
    expect((await list('/api/renewals')).body.rows.every((r) => r.tenantId === A)).toBe(true);
    expect((await list(`/api/renewals?tenantId=${B}`)).status).toBe(404);
  });

  it('refuses a range it cannot read', async () => {
    who.user = editor;
    expect((await list('/api/renewals?days=0')).status).toBe(400);
    expect((await list('/api/renewals?day=tomorrow')).status).toBe(400);
  });
});

describe('dryRunBulkChange', () => {
  // Turning auto-renew off needs no estimate: nothing may reach Ingram.
  const noIngram = new Proxy({}, { get: () => () => Promise.reject(new Error('Ingram was called')) }) as IngramClient;

  it('plans each subscription or says why not; outside the scope is not found', async () => {
    const rows = await dryRunBulkChange({ subscriptionIds: ['a-annual', 'b-annual', 'c-annual', 'a-ended', 'nope'], kind: 'auto-renew-off' }, onlyA, noIngram);
    const by = Object.fromEntries(rows.map((r) => [r.subscriptionId, r]));
    expect(by['a-annual']).toMatchObject({ tenantName: 'Alpha', refusal: null, action: expect.stringContaining('auto-renew off') });
    expect(by['b-annual']).toMatchObject({ tenantId: null, refusal: expect.stringContaining('Not found') });
    expect(by['c-annual']!.refusal).toContain('Not found');
    expect(by['a-ended']!.refusal).toContain('is terminated');
    expect(by['nope']!.refusal).toContain('Not found');
    const all = await dryRunBulkChange({ subscriptionIds: ['b-annual', 'c-annual'], kind: 'auto-renew-off' }, editor, noIngram);
    expect(all.map((r) => r.refusal)).toEqual([expect.stringContaining('already off'), expect.stringContaining('no longer mapped')]);
  });

  it('predicts a scheduled change in the way of a decrease, before asking Ingram for anything', async () => {
    const [row] = await dryRunBulkChange({ subscriptionIds: ['b-3y'], kind: 'decrease', seats: 1 }, editor, {
      ...noIngram,
      searchCatalog: async () => [],
    } as unknown as IngramClient);
    expect(row!.refusal).toContain('already scheduled (Decrease to 7 at renewal)');
  });
});
