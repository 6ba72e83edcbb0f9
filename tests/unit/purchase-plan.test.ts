// The purchase's server-side checks and placement, against the sandbox over real HTTP.
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/db/index';
import { ingramSettings, tenantMappings, tenants } from '@/db/schema';
import { getIngramClient } from '@/lib/ingram';
import { estimatePlan } from '@/lib/purchase/estimate';
import { placePurchase } from '@/lib/purchase/place';
import { planPurchase } from '@/lib/purchase/plan';
import { withSandbox } from '../integration/ingram/sandbox-harness';

const sb = withSandbox({ settings: true });
const FOURTH = { tenantId: 'ea72c53d-591c-491a-a11b-ba991ffbc987', displayName: 'Fourth Coffee', defaultDomain: 'fourthcoffee.onmicrosoft.com' };
const UNMAPPED = { tenantId: 'ce98251f-f2f5-420f-a1dc-72a02052776b', displayName: 'Graphic Design Institute', defaultDomain: 'graphicdesigninstitute.onmicrosoft.com' };
const user = { id: 'u1', email: 'admin@demo.local', name: 'Admin', role: 'admin', level: 'admin' as const, lastTenantId: null, scope: { mode: 'all' as const } };
const base = { tenantId: FOURTH.tenantId, mpn: 'CFQ7TTC0LDPB:0001', termCode: 'P1Y', billingCode: 'P1M', mode: 'new' as const, quantity: 2 };

beforeAll(async () => {
  const db = getDb();
  db.insert(tenants).values([FOURTH, UNMAPPED]).run();
  db.insert(tenantMappings).values({ tenantId: FOURTH.tenantId, customerId: '1000016', customerName: 'Fourth Coffee', method: 'manual' }).run();
});

describe('planPurchase re-checks everything on the server', () => {
  it('plans a new subscription from the catalog, and Ingram prices it', async () => {
    const planned = await planPurchase(base, getIngramClient());
    if (!planned.ok) throw new Error(planned.error);
    expect(planned.data).toMatchObject({ customerId: '1000016', orderQuantity: 2, variant: { key: 'P1Y:P1M', perSeatMonth: 12.5 } });
    const estimate = await estimatePlan(planned.data, getIngramClient());
    expect(Number(estimate.total?.amount)).toBe(25);
  });

  it('refuses an unmapped tenant, a variant the catalog does not offer, and a quantity past the maximum', async () => {
    const client = getIngramClient();
    expect(await planPurchase({ ...base, tenantId: UNMAPPED.tenantId }, client)).toMatchObject({ ok: false, fieldErrors: { tenantId: [expect.stringContaining('not mapped')] } });
    expect(await planPurchase({ ...base, mpn: 'CFQ7TTC0MM8R:0001', termCode: 'P1M', billingCode: 'P1M' }, client)).toMatchObject({
      ok: false,
      fieldErrors: { mpn: [expect.stringContaining('is not offered')] },
    });
    expect(await planPurchase({ ...base, quantity: 301 }, client)).toMatchObject({ ok: false, fieldErrors: { quantity: [expect.stringContaining('between 1 and 300')] } });
  });

  it('adds seats only to an active subscription of this customer, for its product, within the limit on the new total', async () => {
    const client = getIngramClient();
    const teams = { ...base, mpn: 'CFQ7TTC0RM8K:0001', mode: 'add-seats' as const, subscriptionId: '3000047', termCode: 'P1Y', billingCode: 'P1Y' };
    const planned = await planPurchase({ ...teams, quantity: 2 }, client);
    if (!planned.ok) throw new Error(planned.error);
    expect(planned.data.variant.key).toBe('P1Y:P1Y');
    expect(planned.data.orderQuantity).toBe(planned.data.existing!.quantity + 2);
    expect(await planPurchase({ ...teams, quantity: 300 }, client)).toMatchObject({ ok: false, fieldErrors: { quantity: [expect.stringContaining('new total')] } });
    expect(await planPurchase({ ...teams, subscriptionId: '3000011' }, client)).toMatchObject({ ok: false, fieldErrors: { subscriptionId: [expect.stringContaining('another product')] } });
    const contosoSub = (await client.listSubscriptions({ customerId: '1000001' }))[0]!.id;
    expect(await planPurchase({ ...teams, subscriptionId: contosoSub }, client)).toMatchObject({ ok: false, fieldErrors: { subscriptionId: [expect.stringContaining('does not belong')] } });
  });

  it('never adds seats to a subscription on another term or billing than the variant chosen', async () => {
    const client = getIngramClient();
    const monthly = { ...base, mpn: 'CFQ7TTC0RM8K:0001', mode: 'add-seats' as const, subscriptionId: '3000047', termCode: 'P1M', billingCode: 'P1M', quantity: 2 };
    expect(await planPurchase(monthly, client)).toMatchObject({
      ok: false,
      fieldErrors: { subscriptionId: [expect.stringContaining('is on a 1-year term, billed annually, not the 1-month term, billed monthly chosen')] },
    });
    const planned = await planPurchase({ ...monthly, mode: 'new', subscriptionId: undefined }, client);
    if (!planned.ok) throw new Error(planned.error);
    expect(planned.data).toMatchObject({ mode: 'new', variant: { key: 'P1M:P1M' }, orderQuantity: 2 });
  });

  it('refuses customers that cannot order (credit hold, admin hold, cancelled, pending), with the reason', async () => {
    const client = getIngramClient();
    const cases: Array<[customerId: string, words: string]> = [
      ['1000015', 'is on credit hold at Ingram Micro'],
      ['1000027', 'is on administrative hold'],
      ['1000022', 'is cancelled at Ingram Micro'],
      ['1000026', 'is still pending at Ingram Micro'],
    ];
    for (const [i, [customerId, words]] of cases.entries()) {
      const tenant = { tenantId: `00000000-0000-4000-8000-00000000001${i}`, displayName: `Held ${i}`, defaultDomain: `held${i}.onmicrosoft.com` };
      getDb().insert(tenants).values(tenant).run();
      getDb()
        .insert(tenantMappings)
        .values({ tenantId: tenant.tenantId, customerId, customerName: `Customer ${customerId}`, method: 'manual' })
        .run();
      expect(await planPurchase({ ...base, tenantId: tenant.tenantId }, client)).toMatchObject({ ok: false, fieldErrors: { tenantId: [expect.stringContaining(words)] } });
    }
  });

  it('refuses everything while the integration is turned off', async () => {
    getDb().update(ingramSettings).set({ enabled: false }).where(eq(ingramSettings.id, 1)).run();
    try {
      expect(await planPurchase(base, getIngramClient({ allowDisabled: true }))).toMatchObject({ ok: false, code: 'DISABLED' });
    } finally {
      getDb().update(ingramSettings).set({ enabled: true }).where(eq(ingramSettings.id, 1)).run();
    }
  });
});

describe('placePurchase', () => {
  it('sends one order per request key, with the tenant and the agreement as parameters', async () => {
    const client = getIngramClient();
    const planned = await planPurchase(base, client);
    if (!planned.ok) throw new Error(planned.error);
    const values = { ...base, agreement: true, requestKey: crypto.randomUUID(), customerReference: 'REF-7' };
    const before = (await sb.ordersIn('1000016')).length;
    const [a, b] = await Promise.all([placePurchase(planned.data, values, user, client), placePurchase(planned.data, values, user, client)]);
    expect(a.id).toBe(b.id);
    const after = await sb.ordersIn('1000016');
    expect(after).toHaveLength(before + 1);
    const sent = after.find((o) => o.poNumber === a.poNumber) as unknown as { products: Array<{ parameters: Array<{ name: string; value: unknown }> }> };
    expect(sent.products[0]!.parameters).toEqual(
      expect.arrayContaining([
        { name: 'microsoft_tenant_id', value: FOURTH.tenantId },
        { name: 'microsoft_domain', value: FOURTH.defaultDomain },
        { name: 'microsoft_customer_agreement', value: 'accepted' },
      ]),
    );
  });
});
