// Contract points of POST /orders: scheduledOn is write-only, Microsoft purchases carry the
// customer-agreement attestation, and resellers cannot place renewal orders.
import { describe, expect, it } from 'vitest';
import { CONTOSO, contosoSubscriptions, microsoftParams, withSandbox } from './client';

const api = withSandbox();
const sale = (parameters: unknown[]) => ({
  type: 'sales',
  customerId: CONTOSO,
  subscriptionPeriod: { type: 'year', duration: 1 },
  products: [{ mpn: 'CFQ7TTC0LDPB:0001', quantity: 2, billingPeriod: { type: 'month', duration: 1 }, parameters }],
});

describe('order answers', () => {
  it('never echo scheduledOn, in the answer to the order, its detail or the list', async () => {
    const basic = (await contosoSubscriptions(api))['Microsoft 365 Business Basic']!.id;
    const placed = await api.post('/orders', { type: 'change', customerId: CONTOSO, subscriptionId: basic, scheduledOn: 'renewal', products: [{ quantity: 6 }] });
    expect(placed.status).toBe(201);
    expect(placed.json).not.toHaveProperty('scheduledOn');
    expect((await api.get(`/orders/${placed.json.id}`)).json).not.toHaveProperty('scheduledOn');
    expect(JSON.stringify((await api.get(`/orders?customerId=${CONTOSO}&limit=50`)).json)).not.toContain('scheduledOn');
  });
});

describe('the customer-agreement attestation', () => {
  const tenantOnly = [microsoftParams()[0]];

  it('is required to place a Microsoft purchase', async () => {
    const res = await api.post('/orders', sale(tenantOnly));
    expect(res.status).toBe(400);
    expect(res.json.message).toMatch(/customer-agreement attestation.*microsoft_customer_agreement/);
    expect((await api.control('GET', `/state/orders?customerId=${CONTOSO}`)).orders.some((o: { type: string; status: string }) => o.type === 'sales' && o.status === 'submitted')).toBe(false);
    expect((await api.post('/orders', sale(microsoftParams()))).status).toBe(201);
  });

  it('is not needed to price one', async () => {
    expect((await api.post('/orders/estimate', sale(tenantOnly))).status).toBe(200);
  });
});

describe('renewal orders', () => {
  it('are refused: the platform makes them at renewal time', async () => {
    const basic = (await contosoSubscriptions(api))['Microsoft 365 Business Basic']!.id;
    const res = await api.post('/orders', { type: 'renewal', customerId: CONTOSO, subscriptionId: basic, products: [{ quantity: 10 }] });
    expect(res.status).toBe(400);
    expect(res.json.message).toMatch(/renewal orders are created by the platform on the renewal date, not by resellers/);
  });
});
