// Lists, single resources and values as the contract describes them.
import { describe, expect, it } from 'vitest';
import { CONTOSO, withSandbox } from './client';

const api = withSandbox({ login: false });

describe('list envelopes', () => {
  it('default to 10 rows and report the total', async () => {
    const res = await api.get('/customers');
    expect(res.json.data).toHaveLength(10);
    expect(res.json.pagination).toEqual({ offset: 0, limit: 10, total: 27 });
  });

  it('clamp a limit above 500 to 500', async () => {
    const res = await api.get('/products?limit=1000');
    expect(res.json.pagination.limit).toBe(500);
    expect(res.json.data).toHaveLength(res.json.pagination.total);
    expect(res.json.pagination.total).toBeGreaterThan(90);
    await api.control('POST', '/generate', { customers: 700, subscriptionsPerCustomer: 0 });
    const big = await api.get('/customers?limit=600');
    expect(big.json.data).toHaveLength(500);
  });

  it('page with offset, newest first, without overlap', async () => {
    const first = await api.get('/subscriptions?customerId=1000003&limit=25');
    const second = await api.get('/subscriptions?customerId=1000003&limit=25&offset=25');
    expect(first.json.pagination.total).toBe(40);
    expect(second.json.data).toHaveLength(15);
    const all = [...first.json.data, ...second.json.data];
    expect(new Set(all.map((s: { id: string }) => s.id)).size).toBe(40);
    const dates = all.map((s: { creationDate: string }) => s.creationDate);
    expect(dates).toEqual([...dates].sort().reverse());
  });

  it('ignore unknown query parameters', async () => {
    const res = await api.get('/customers?colour=blue&limit=3');
    expect(res.status).toBe(200);
    expect(res.json.data).toHaveLength(3);
  });

  it('answer 400 to a comma list in status, and to a bad limit', async () => {
    const res = await api.get('/subscriptions?status=active,pending');
    expect(res.status).toBe(400);
    expect(res.json.message).toMatch(/single value/);
    expect((await api.get('/orders?status=completed,error')).status).toBe(400);
    expect((await api.get('/customers?limit=0')).status).toBe(400);
  });

  it('filter subscriptions by one status', async () => {
    const res = await api.get(`/subscriptions?customerId=${CONTOSO}&status=terminated`);
    expect(res.json.data.map((s: { name: string }) => s.name)).toEqual(['Visio Plan 2']);
  });

  it('answer an empty list as data: []', async () => {
    const res = await api.get('/customers?name=nobody-by-this-name');
    expect(res.json).toEqual({ data: [], pagination: { offset: 0, limit: 10, total: 0 } });
  });
});

describe('resources', () => {
  it('subscription rows carry no products and no quantity; details do', async () => {
    const rows = await api.get(`/subscriptions?customerId=${CONTOSO}`);
    for (const row of rows.json.data) {
      expect(row).not.toHaveProperty('products');
      expect(row).not.toHaveProperty('quantity');
    }
    const premium = rows.json.data.find((s: { name: string }) => s.name === 'Microsoft 365 Business Premium');
    const detail = await api.get(`/subscriptions/${premium.id}`);
    expect(detail.json.products[0]).toMatchObject({ mpn: 'CFQ7TTC0LCHC:0002', quantity: 25, unitPrice: { amount: '22.00', currency: 'USD' } });
    expect(detail.json.totalPrice).toEqual({ amount: '550.00', currency: 'USD' });
    expect(detail.json.products[0].vendorSubscriptionId).toBeTruthy();
  });

  it('show tenant ids in fulfillmentParameters where the seed says so', async () => {
    const wingtip = await api.get('/subscriptions?customerId=1000006');
    const detail = await api.get(`/subscriptions/${wingtip.json.data[0].id}`);
    expect(detail.json.fulfillmentParameters).toContainEqual({ name: 'microsoft_tenant_id', value: 'a1b9b965-b512-4c03-a3b5-faae36515ea4' });
    const relecloud = await api.get('/subscriptions?customerId=1000019');
    const rd = await api.get(`/subscriptions/${relecloud.json.data[0].id}`);
    expect(rd.json.fulfillmentParameters).toContainEqual({ name: 'microsoft_domain', value: 'relecloud.onmicrosoft.com' });
  });

  it('customers have numeric-string ids, statuses and externalIds', async () => {
    const lucerne = await api.get('/customers?externalId=fd0b727d-7b1e-4fb9-ab9f-db91d7182541');
    expect(lucerne.json.data.map((c: { name: string }) => c.name)).toEqual(['Lucerne Media Group']);
    const blue = await api.get('/customers?name=blue yonder');
    expect(blue.json.data[0]).toMatchObject({ status: 'creditHold', id: expect.stringMatching(/^\d+$/) });
    const trey = await api.get('/customers?name=Trey Research');
    expect(trey.json.pagination.total).toBe(2);
    const one = await api.get(`/customers/${CONTOSO}`);
    expect(one.json).toMatchObject({ id: CONTOSO, name: 'Contoso Limited', address: { countryCode: 'US' } });
  });

  it('the catalog holds one MPN several times, monthly terms dearer than annual', async () => {
    const res = await api.get('/products?mpn=CFQ7TTC0LH18:0001');
    const rows = res.json.data as {
      subscriptionPeriod: { type: string; duration: number };
      billingPeriod: { type: string };
      prices: { amount: string }[];
      minimumQuantity: string;
      maximumQuantity: string;
    }[];
    expect(rows.length).toBeGreaterThanOrEqual(3);
    const monthlyTerm = rows.find((r) => r.subscriptionPeriod.type === 'month')!;
    const annualMonthly = rows.find((r) => r.subscriptionPeriod.type === 'year' && r.subscriptionPeriod.duration === 1 && r.billingPeriod.type === 'month')!;
    expect(Number(monthlyTerm.prices[0]!.amount)).toBeGreaterThan(Number(annualMonthly.prices[0]!.amount));
    expect(monthlyTerm).toMatchObject({ minimumQuantity: '1', maximumQuantity: '300' });
    const names = await api.get('/products?limit=500&vendor=Microsoft');
    expect(new Set(names.json.data.map((p: { mpn: string }) => p.mpn)).size).toBeGreaterThanOrEqual(30);
  });

  it('resellers answer the account, and unknown ids answer 404 in the error shape', async () => {
    const res = await api.get('/resellers');
    expect(res.json.data[0]).toMatchObject({ currency: 'USD', status: 'active' });
    const missing = await api.get('/subscriptions/42');
    expect(missing.status).toBe(404);
    expect(missing.json).toMatchObject({ status: 404, path: '/marketplace/na/subscriptions/42' });
  });
});
