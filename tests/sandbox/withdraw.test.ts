// PATCH /orders/{id} with statusCode "CL": an order not yet processed is withdrawn; any other is refused.
import { describe, expect, it } from 'vitest';
import { CONTOSO, contosoSubscriptions, microsoftParams, withSandbox } from './client';

const api = withSandbox();
const quantity = async (id: string) => (await api.get(`/subscriptions/${id}`)).json.products[0].quantity as number;

async function scheduleDecrease(name: string, to: number) {
  const id = (await contosoSubscriptions(api))[name]!.id;
  const res = await api.post('/orders', { type: 'change', customerId: CONTOSO, subscriptionId: id, scheduledOn: 'renewal', products: [{ quantity: to }] });
  expect(res.status).toBe(201);
  return { subscriptionId: id, orderId: res.json.id as string };
}

describe('withdrawing an order', () => {
  it('withdraws a decrease scheduled for renewal, days later, and the renewal keeps every seat', async () => {
    const { subscriptionId, orderId } = await scheduleDecrease('Microsoft 365 Business Basic', 6);
    const renewalDate = (await api.get(`/subscriptions/${subscriptionId}`)).json.renewalDate as string;
    await api.advance(3 * 86_400);
    await api.login();
    const res = await api.patch(`/orders/${orderId}`, { statusCode: 'CL' });
    expect(res.status).toBe(200);
    expect(res.json).toMatchObject({ id: orderId, status: 'cancelled', statusCode: 'CL' });
    expect((await api.get(`/orders?subscriptionId=${subscriptionId}&status=processing`)).json.data).toEqual([]);
    // Another change is no longer blocked by the withdrawn one.
    const again = await api.post('/orders', { type: 'change', customerId: CONTOSO, subscriptionId, scheduledOn: 'renewal', products: [{ quantity: 8 }] });
    expect(again.status).toBe(201);
    expect((await api.patch(`/orders/${again.json.id}`, { statusCode: 'CL' })).status).toBe(200);
    await api.control('POST', '/clock', { set: `${renewalDate}T12:00:00Z` });
    await api.login();
    expect(await quantity(subscriptionId)).toBe(10);
    expect((await api.get(`/orders/${orderId}`)).json.status).toBe('cancelled');
  });

  it('withdraws the seeded scheduled change (shown as processing until the renewal date)', async () => {
    const defender = (await contosoSubscriptions(api))['Microsoft Defender for Business']!.id;
    const [row] = (await api.get(`/orders?subscriptionId=${defender}&status=processing`)).json.data;
    expect(row).toBeTruthy();
    expect((await api.patch(`/orders/${row.id}`, { statusCode: 'CL' })).json.status).toBe('cancelled');
  });

  it('refuses an order that is processing or completed, with a message saying why', async () => {
    const premium = (await contosoSubscriptions(api))['Microsoft 365 Business Premium']!.id;
    const placed = await api.post('/orders', { type: 'change', customerId: CONTOSO, subscriptionId: premium, products: [{ quantity: 30 }] });
    await api.advance(6);
    const processing = await api.patch(`/orders/${placed.json.id}`, { statusCode: 'CL' });
    expect(processing.status).toBe(500);
    expect(processing.json.message).toMatch(/is processing and can no longer be withdrawn/);
    await api.advance(30);
    const completed = await api.patch(`/orders/${placed.json.id}`, { statusCode: 'CL' });
    expect(completed.status).toBe(500);
    expect(completed.json.message).toMatch(/is completed and can no longer be withdrawn/);
    expect(await quantity(premium)).toBe(30);
  });

  it('withdraws a purchase still submitted; its pending subscription goes away', async () => {
    const placed = await api.post('/orders', {
      type: 'sales',
      customerId: CONTOSO,
      subscriptionPeriod: { type: 'year', duration: 1 },
      products: [{ mpn: 'CFQ7TTC0LDPB:0001', quantity: 2, billingPeriod: { type: 'month', duration: 1 }, parameters: microsoftParams() }],
    });
    expect((await api.patch(`/orders/${placed.json.id}`, { statusCode: 'CL' })).json.status).toBe('cancelled');
    await api.advance(60);
    expect((await api.get(`/orders/${placed.json.id}`)).json.status).toBe('cancelled');
    expect((await api.get(`/subscriptions/${placed.json.subscriptionId}`)).json.status).toBe('removed');
  });

  it('refuses other status codes, other fields and unknown orders', async () => {
    const { orderId } = await scheduleDecrease('Microsoft 365 Business Basic', 6);
    expect((await api.patch(`/orders/${orderId}`, { statusCode: 'CP' })).status).toBe(400);
    expect((await api.patch(`/orders/${orderId}`, { status: 'cancelled' })).status).toBe(400);
    expect((await api.patch('/orders/5999999', { statusCode: 'CL' })).status).toBe(404);
    expect((await api.get(`/orders/${orderId}`)).json.status).not.toBe('cancelled');
  });
});
