// Placing a bulk change against the sandbox over HTTP: two calls of one batch for one subscription
// (a double click, a retry) place one order at Ingram; auto-renew off is a PATCH, audited per row.
import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { getDb } from '@/db/index';
import { auditLog, orders, tenantMappings, tenants } from '@/db/schema';
import type { CurrentUser } from '@/lib/auth/current-user';
import { getIngramClient } from '@/lib/ingram';
import { emptyTables } from '@/tests/support/db';
import { withSandbox } from '../ingram/sandbox-harness';

const editor: CurrentUser = { id: 'u-editor', email: 'editor@demo.local', name: 'Editor', role: 'editor', level: 'editor', lastTenantId: null, scope: { mode: 'all' } } as CurrentUser;
vi.mock('@/lib/auth/current-user', () => ({ getCurrentUser: async () => editor, requireUser: async () => editor }));
vi.mock('next/cache', () => ({ revalidatePath: () => {}, revalidateTag: () => {}, updateTag: () => {}, refresh: () => {} }));
const { placeRenewalChange } = await import('@/app/(dashboard)/tenant/renewals/actions');

const sb = withSandbox({ settings: true });
// The sandbox's renewal season: ADVENTURE WORKS (10 seats) and Proseware GmbH (6 seats), annual, renewing within 60 days.
const ADVENTURE = { tenantId: 'ede8ab03-4de8-4647-a386-fd0c3de136db', customerId: '1000004', name: 'ADVENTURE WORKS' };
const PROSEWARE = { tenantId: '6854235e-004b-456a-a785-fd02ec92885b', customerId: '1000009', name: 'Proseware GmbH' };
const annual: Record<string, string> = {};

beforeAll(async () => {
  emptyTables(orders, auditLog, tenantMappings, tenants);
  for (const t of [ADVENTURE, PROSEWARE]) {
    getDb()
      .insert(tenants)
      .values({ tenantId: t.tenantId, displayName: t.name, defaultDomain: `${t.customerId}.onmicrosoft.com` })
      .run();
    getDb().insert(tenantMappings).values({ tenantId: t.tenantId, customerId: t.customerId, customerName: t.name, method: 'manual' }).run();
    const subs = await getIngramClient().listCustomerSubscriptionsWithDetails(t.customerId);
    const { now } = await sb.control<{ now: string }>('GET', '/clock');
    const soon = subs.filter((s) => s.status === 'active' && s.subscriptionPeriod?.type === 'year' && Date.parse(s.renewalDate!) - Date.parse(now) < 60 * 86_400_000);
    expect(soon).toHaveLength(1);
    annual[t.tenantId] = soon[0]!.id;
  }
}, 60_000);

describe('renewals.place', () => {
  it('one order per batch and subscription, however often it is called', async () => {
    const batchId = crypto.randomUUID();
    const row = { batchId, tenantId: ADVENTURE.tenantId, subscriptionId: annual[ADVENTURE.tenantId]!, kind: 'decrease' as const, seats: 3 };
    await sb.resetCounters();
    const [first, second] = await Promise.all([placeRenewalChange(row), placeRenewalChange(row)]);
    const third = await placeRenewalChange(row);
    expect(first).toMatchObject({ ok: true, data: { state: 'scheduled' } });
    // The parallel call answers with the same order (possibly still being sent); a later retry with its number.
    expect(second).toMatchObject({ ok: true });
    expect(third).toMatchObject({ ok: true, data: { orderNumber: (first as { data: { orderNumber: string } }).data.orderNumber } });
    expect(await sb.count('POST /orders')).toBe(1);
    const placed = await sb.control<{ orders: Array<{ type: string; scheduledOn?: string }> }>('GET', `/state/orders?customerId=${ADVENTURE.customerId}`);
    expect(placed.orders.filter((o) => o.type === 'change')).toEqual([expect.objectContaining({ scheduledOn: 'renewal' })]);
    // A new batch is a new decision: Ingram's one-unfinished-change rule refuses it, with the order named.
    const other = await placeRenewalChange({ ...row, batchId: crypto.randomUUID() });
    expect(other).toMatchObject({ ok: false, code: 'CONFLICT', error: expect.stringContaining('waits for the renewal date') });
    expect(await sb.count('POST /orders')).toBe(1);
  });

  it('auto-renew off is a PATCH, audited with before and after; a retry sends nothing', async () => {
    const row = { batchId: crypto.randomUUID(), tenantId: PROSEWARE.tenantId, subscriptionId: annual[PROSEWARE.tenantId]!, kind: 'auto-renew-off' as const };
    expect(await placeRenewalChange(row)).toMatchObject({ ok: true, data: { state: 'auto-renew off', message: null } });
    expect((await getIngramClient().getSubscription(row.subscriptionId)).autoRenew).toBe(false);
    await sb.resetCounters();
    expect(await placeRenewalChange(row)).toMatchObject({ ok: true, data: { message: 'Auto-renew was already off.' } });
    expect(await sb.count('PATCH /subscriptions/{id}')).toBe(0);
    const audited = getDb()
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'renewals.place'), eq(auditLog.target, row.subscriptionId)))
      .all();
    expect(audited).toHaveLength(1);
    expect(audited[0]).toMatchObject({ result: 'success', tenantId: PROSEWARE.tenantId });
    expect(audited[0]!.after).toMatchObject({ autoRenew: false, batchId: row.batchId });
  });

  it('refuses a subscription under a tenant it does not belong to', async () => {
    const res = await placeRenewalChange({ batchId: crypto.randomUUID(), tenantId: PROSEWARE.tenantId, subscriptionId: annual[ADVENTURE.tenantId]!, kind: 'decrease', seats: 1 });
    expect(res).toMatchObject({ ok: false, code: 'NOT_FOUND' });
  });
});
