// Orders: sales, change and cancellation, their progress by the clock, and the refusals.
import { describe, expect, it } from 'vitest';
import { CONTOSO, contosoSubscriptions, microsoftParams, withSandbox } from './client';

const api = withSandbox();

const YEAR = { type: 'year', duration: 1 };
const MONTH = { type: 'month', duration: 1 };
const sale = (over: Record<string, unknown> = {}, line: Record<string, unknown> = {}) => ({
  type: 'sales',
  customerId: CONTOSO,
  poNumber: 'PO-T-1',
  subscriptionPeriod: YEAR,
  products: [{ mpn: 'CFQ7TTC0LDPB:0001', quantity: 4, billingPeriod: MONTH, parameters: microsoftParams(), ...line }],
  ...over,
});
const quantity = async (id: string) => (await api.get(`/subscriptions/${id}`)).json.products[0].quantity as number;

describe('sales orders', () => {
  it('create a pending subscription that becomes active when the order completes', async () => {
    const placed = await api.post('/orders', sale());
    expect(placed.status).toBe(201);
    expect(placed.json).toMatchObject({ type: 'sales', status: 'submitted', poNumber: 'PO-T-1', total: { amount: '50.00', currency: 'USD' } });
    const subId = placed.json.subscriptionId as string;
    expect((await api.get(`/subscriptions/${subId}`)).json.status).toBe('pending');
    await api.advance(6);
    expect((await api.get(`/orders/${placed.json.id}`)).json.status).toBe('processing');
    await api.advance(20);
    const done = await api.get(`/orders/${placed.json.id}`);
    expect(done.json.status).toBe('completed');
    expect(done.json.provisioningDate).toBeTruthy();
    const sub = await api.get(`/subscriptions/${subId}`);
    expect(sub.json).toMatchObject({ status: 'active', products: [{ quantity: 4 }] });
    expect(sub.json.fulfillmentParameters).toContainEqual({ name: 'microsoft_tenant_id', value: '0a96abb3-3b07-4f0e-af48-bcc4893e0e73' });
  });

  it('end in error with a readable message when Microsoft refuses the domain', async () => {
    const placed = await api.post('/orders', sale({}, { parameters: [{ name: 'microsoft_domain', value: 'taken-contoso.onmicrosoft.com' }, microsoftParams()[1]] }));
    await api.advance(30);
    const order = await api.get(`/orders/${placed.json.id}`);
    expect(order.json.status).toBe('error');
    expect(order.json.message).toMatch(/already in use/);
  });

  it('refuse an MPN offered with several terms when the order does not choose one', async () => {
    const res = await api.post('/orders', sale({ subscriptionPeriod: undefined }, { billingPeriod: undefined }));
    expect(res.status).toBe(500);
    expect(res.json.message).toMatch(/several terms and billing periods.*Specify subscriptionPeriod and billingPeriod/);
    const half = await api.post('/orders', sale({}, { billingPeriod: undefined }));
    expect(half.status).toBe(500); // P1Y is still billed monthly or annually
  });

  it('refuse quantities outside the product minimum and maximum', async () => {
    const over = await api.post('/orders', sale({}, { quantity: 301 }));
    expect(over.status).toBe(500);
    expect(over.json.message).toMatch(/outside the allowed range 1 to 300/);
    expect((await api.post('/orders', sale({}, { quantity: 0 }))).status).toBe(500);
    expect((await api.post('/orders', sale({}, { quantity: 300 }))).status).toBe(201);
  });

  it('refuse customers that are not active', async () => {
    for (const id of ['1000015', '1000022', '1000026']) {
      // creditHold, cancelled, pending
      const res = await api.post('/orders', sale({ customerId: id }));
      expect(res.status).toBe(500);
      expect(res.json.message).toMatch(/only be placed for active customers/);
    }
  });
});

describe('estimates', () => {
  it('price an order and change nothing', async () => {
    const before = await api.control('GET', `/state/orders?customerId=${CONTOSO}`);
    const subsBefore = (await api.get(`/subscriptions?customerId=${CONTOSO}`)).json.pagination.total;
    const res = await api.post('/orders/estimate', sale({}, { quantity: 10 }));
    expect(res.status).toBe(200);
    expect(res.json.total).toEqual({ amount: '125.00', currency: 'USD' });
    expect(res.json.details[0]).toMatchObject({ quantity: 10, unitPrice: { amount: '12.50' } });
    expect(res.json).not.toHaveProperty('id');
    expect((await api.control('GET', `/state/orders?customerId=${CONTOSO}`)).orders).toHaveLength(before.orders.length);
    expect((await api.get(`/subscriptions?customerId=${CONTOSO}`)).json.pagination.total).toBe(subsBefore);
    expect((await api.post('/orders/estimate', sale({}, { quantity: 9999 }))).status).toBe(500);
  });
});

describe('change and cancellation orders', () => {
  it('take the new total and record the signed change', async () => {
    const subs = await contosoSubscriptions(api);
    const premium = subs['Microsoft 365 Business Premium']!.id;
    const up = await api.post('/orders', {
      type: 'change',
      customerId: CONTOSO,
      subscriptionId: premium,
      poNumber: 'PO-UP',
      products: [{ subscriptionId: premium, mpn: 'CFQ7TTC0LCHC:0002', quantity: 28 }],
    });
    expect(up.status).toBe(201);
    expect(up.json.products[0].quantity).toBe(3);
    expect(up.json.details[0].quantity).toBe(3);
    await api.advance(25);
    expect(await quantity(premium)).toBe(28);
    const down = await api.post('/orders', { type: 'change', customerId: CONTOSO, subscriptionId: premium, products: [{ quantity: 27 }] });
    expect(down.json.products[0].quantity).toBe(-1);
    await api.advance(25);
    expect(await quantity(premium)).toBe(27);
    const rows = await api.get(`/orders?subscriptionId=${premium}&type=ignored`);
    expect(rows.json.data.map((o: { type: string }) => o.type).slice(0, 2)).toEqual(['change', 'change']);
    for (const row of rows.json.data) expect(row).not.toHaveProperty('poNumber');
  });

  it('refuse a second unfinished change order, naming the order in the way', async () => {
    const subs = await contosoSubscriptions(api);
    const premium = subs['Microsoft 365 Business Premium']!.id;
    const first = await api.post('/orders', { type: 'change', customerId: CONTOSO, subscriptionId: premium, products: [{ quantity: 30 }] });
    const second = await api.post('/orders', { type: 'change', customerId: CONTOSO, subscriptionId: premium, products: [{ quantity: 31 }] });
    expect(second.status).toBe(500);
    expect(second.json.message).toContain(first.json.orderNumber);
    expect(second.json.message).toContain(first.json.id);
    await api.advance(25);
    expect((await api.post('/orders', { type: 'change', customerId: CONTOSO, subscriptionId: premium, products: [{ quantity: 31 }] })).status).toBe(201);
  });

  it('the seeded Defender subscription already has one in the way', async () => {
    const defender = (await contosoSubscriptions(api))['Microsoft Defender for Business']!.id;
    const res = await api.post('/orders', { type: 'change', customerId: CONTOSO, subscriptionId: defender, products: [{ quantity: 20 }] });
    expect(res.status).toBe(500);
    expect(res.json.message).toMatch(/unfinished change order SO-\d{4}-\d{6}/);
  });

  it('cancellation terminates the subscription', async () => {
    const premium = (await contosoSubscriptions(api))['Microsoft 365 Business Premium']!.id;
    const res = await api.post('/orders', { type: 'cancellation', customerId: CONTOSO, subscriptionId: premium });
    expect(res.status).toBe(201);
    expect(res.json.details[0]).toMatchObject({ type: 'cancellation', quantity: -25 });
    await api.advance(25);
    expect((await api.get(`/subscriptions/${premium}`)).json.status).toBe('terminated');
  });

  it('a decrease scheduled for renewal waits for the renewal date', async () => {
    const basic = (await contosoSubscriptions(api))['Microsoft 365 Business Basic']!.id;
    const detail = await api.get(`/subscriptions/${basic}`);
    const res = await api.post('/orders', { type: 'change', customerId: CONTOSO, subscriptionId: basic, scheduledOn: 'renewal', products: [{ quantity: 6 }] });
    expect(res.status).toBe(201);
    await api.advance(3600);
    await api.login();
    expect((await api.get(`/orders/${res.json.id}`)).json.status).toBe('processing');
    expect(await quantity(basic)).toBe(10);
    await api.control('POST', '/clock', { set: `${detail.json.renewalDate}T12:00:00Z` });
    await api.login(); // months have passed: the old token expired
    expect((await api.get(`/orders/${res.json.id}`)).json.status).toBe('completed');
    expect(await quantity(basic)).toBe(6);
  });

  it('orders list filters by customer, status and creation time, newest first', async () => {
    const from = new Date((await api.control('GET', '/clock')).now).toISOString();
    const a = await api.post('/orders', sale({ poNumber: 'PO-A' }));
    await api.advance(1);
    const b = await api.post('/orders', sale({ poNumber: 'PO-B' }));
    const rows = await api.get(`/orders?customerId=${CONTOSO}&creationTimeFrom=${encodeURIComponent(from)}`);
    expect(rows.json.data.map((o: { id: string }) => o.id)).toEqual([b.json.id, a.json.id]);
    expect((await api.get(`/orders?customerId=${CONTOSO}&status=processing`)).json.data.length).toBeGreaterThanOrEqual(2);
    expect((await api.get(`/orders?creationTimeFrom=not-a-date`)).status).toBe(400);
    const state = await api.control('GET', '/state/orders?poNumber=PO-B');
    expect(state.orders.map((o: { id: string }) => o.id)).toEqual([b.json.id]);
  });
});
