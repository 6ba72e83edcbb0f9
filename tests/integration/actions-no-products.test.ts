// Every server action (from the action registry) called with a subscription that lists no product
// lines (the sandbox's Azure reservation): each answers an ActionResult, never throws, and none is an
// unexpected failure. The subscription's own routes answer the same way.
import path from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { getDb } from '@/db/index';
import { tenantMappings, tenants } from '@/db/schema';
import { actionRegistry } from '@/lib/actions/registry';
import type { CurrentUser } from '@/lib/auth/current-user';
import { getIngramClient } from '@/lib/ingram';
import { actionFiles } from '../e2e/support/code-inventory';
import { withSandbox } from './ingram/sandbox-harness';

const admin: CurrentUser = { id: 'u-admin', email: 'admin@demo.local', name: 'Admin', role: 'superadmin', level: 'superadmin', lastTenantId: null, scope: { mode: 'all' } } as CurrentUser;
vi.mock('@/lib/auth/current-user', () => ({ getCurrentUser: async () => admin, requireUser: async () => admin }));
// Outside a Next request there is no cache to revalidate.
vi.mock('next/cache', () => ({ revalidatePath: () => {}, revalidateTag: () => {}, updateTag: () => {}, refresh: () => {} }));

withSandbox({ settings: true });
const CONTOSO = { tenantId: '0a96abb3-3b07-4f0e-af48-bcc4893e0e73', domain: 'contoso.onmicrosoft.com', customerId: '1000001' };
let reservationId: string;

function mapContoso() {
  getDb().insert(tenants).values({ tenantId: CONTOSO.tenantId, displayName: 'Contoso', defaultDomain: CONTOSO.domain }).onConflictDoNothing().run();
  getDb().insert(tenantMappings).values({ tenantId: CONTOSO.tenantId, customerId: CONTOSO.customerId, customerName: 'Contoso Limited', method: 'manual' }).onConflictDoNothing().run();
}

beforeAll(async () => {
  mapContoso();
  const subs = await getIngramClient().listCustomerSubscriptionsWithDetails(CONTOSO.customerId);
  reservationId = subs.find((s) => s.products.length === 0)!.id;
  for (const file of actionFiles()) await import(/* @vite-ignore */ path.resolve(file));
}, 120_000);

/** One input that carries every field the actions read; each schema keeps what it knows. */
const probe = () => ({
  tenantId: CONTOSO.tenantId,
  subscriptionId: reservationId,
  kind: 'add',
  seats: 1,
  on: false,
  requestKey: crypto.randomUUID(),
  mpn: 'DZH318Z0BQ4L:0001',
  quantity: 1,
  customerId: CONTOSO.customerId,
});

const isResult = (r: unknown): r is { ok: boolean; code?: string; error?: string } => !!r && typeof r === 'object' && typeof (r as { ok: unknown }).ok === 'boolean';

describe('every action with a subscription without product lines', () => {
  it('finds the actions in the registry', () => {
    expect(actionRegistry.callables.size).toBe(actionRegistry.entries.size);
    expect([...actionRegistry.callables.keys()]).toEqual(expect.arrayContaining(['licenses.changeSeats', 'licenses.cancel', 'licenses.setAutoRenew']));
  });

  it('answers an ActionResult from each, none an unexpected failure', async () => {
    const spy = vi.spyOn(console, 'error');
    // The license actions first: the others may change the tenant.
    const names = [...actionRegistry.callables.keys()].sort((a, b) => Number(b.startsWith('licenses.')) - Number(a.startsWith('licenses.')));
    const answers: Record<string, unknown> = {};
    for (const name of names) answers[name] = await actionRegistry.callables.get(name)!(probe());
    spy.mockRestore();
    for (const [name, answer] of Object.entries(answers)) {
      expect(isResult(answer), name).toBe(true);
      expect((answer as { code?: string }).code, `${name}: ${JSON.stringify(answer)}`).not.toBe('FAILED');
    }
    // Seat changes are refused with the reason; the reservation's auto-renew can still be turned off.
    expect(answers['licenses.changeSeats']).toMatchObject({ ok: false, code: 'CONFLICT', error: expect.stringContaining('no product lines') });
    expect(answers['licenses.setAutoRenew']).toMatchObject({ ok: true, data: { subscriptionId: reservationId, autoRenew: false } });
    expect(answers['licenses.cancel']).toMatchObject({ ok: false });
  });

  it("the subscription's routes answer the one error shape, not a 500", async () => {
    mapContoso(); // the tenant actions above may have removed it
    const { GET: context } = await import('@/app/api/tenants/[tenantId]/subscriptions/[subscriptionId]/context/route');
    const { GET: estimate } = await import('@/app/api/tenants/[tenantId]/subscriptions/[subscriptionId]/estimate/route');
    const params = { params: Promise.resolve({ tenantId: CONTOSO.tenantId, subscriptionId: reservationId }) };
    const base = `http://app/api/tenants/${CONTOSO.tenantId}/subscriptions/${reservationId}`;
    const ctx = await context(new Request(`${base}/context`), params);
    expect(ctx.status).toBe(200);
    expect(await ctx.json()).toMatchObject({ hasProductLines: false });
    for (const kind of ['add', 'remove', 'schedule-decrease']) {
      const res = await estimate(new Request(`${base}/estimate?kind=${kind}&seats=1`), params);
      expect(res.status, kind).toBe(409);
      expect(await res.json()).toMatchObject({ code: 'CONFLICT', error: expect.stringContaining('no product lines') });
    }
  });
});
