// Ingram processes renewals from 00:00 UTC on the renewal date: a subscription bought late in
// the day renews (or ends, or takes its scheduled change) at midnight, not at the hour it was bought.
import { beforeEach, describe, expect, it } from 'vitest';
import { CONTOSO, microsoftParams, withSandbox } from './client';

const api = withSandbox({ login: false });
beforeEach(async () => {
  // Bought at 23:30 UTC: the hour that used to push the renewal to 23:30 on the renewal date.
  await api.control('POST', '/clock', { set: '2026-03-10T23:30:00Z' });
  await api.login();
});

const setClock = async (iso: string) => {
  await api.control('POST', '/clock', { set: iso });
  await api.login(); // a month or a year has passed: the old token expired
};

// Buys a monthly subscription of 8 seats and waits for it to become active.
async function buyMonthly(): Promise<string> {
  const placed = await api.post('/orders', {
    type: 'sales',
    customerId: CONTOSO,
    poNumber: 'PO-LATE',
    subscriptionPeriod: { type: 'month', duration: 1 },
    products: [{ mpn: 'CFQ7TTC0LDPB:0001', quantity: 8, billingPeriod: { type: 'month', duration: 1 }, parameters: microsoftParams() }],
  });
  expect(placed.status).toBe(201);
  await api.control('POST', '/clock', { advanceSeconds: 60 });
  const sub = await api.get(`/subscriptions/${placed.json.subscriptionId}`);
  expect(sub.json.status).toBe('active');
  expect(sub.json.renewalDate).toBe('2026-04-10');
  return placed.json.subscriptionId as string;
}

const subscription = async (id: string) => (await api.get(`/subscriptions/${id}`)).json;

describe('renewals run from 00:00 UTC on the renewal date', () => {
  it('ends a subscription with auto-renew off at midnight, not at 23:30', async () => {
    const id = await buyMonthly();
    expect((await api.patch(`/subscriptions/${id}`, { renewalStatus: false })).status).toBe(200);
    await setClock('2026-04-09T23:59:00Z');
    expect((await subscription(id)).status).toBe('active');
    await setClock('2026-04-10T00:00:30Z');
    expect((await subscription(id)).status).toBe('terminated');
  });

  it('renews at midnight with the next renewal date a term later', async () => {
    const id = await buyMonthly();
    await setClock('2026-04-10T00:00:30Z');
    const sub = await subscription(id);
    expect(sub.status).toBe('active');
    expect(sub.renewalDate).toBe('2026-05-10');
  });

  it('applies a decrease scheduled for renewal at midnight', async () => {
    const id = await buyMonthly();
    const res = await api.post('/orders', { type: 'change', customerId: CONTOSO, subscriptionId: id, scheduledOn: 'renewal', products: [{ quantity: 5 }] });
    expect(res.status).toBe(201);
    await setClock('2026-04-09T23:59:00Z');
    expect((await api.get(`/orders/${res.json.id}`)).json.status).toBe('processing');
    await setClock('2026-04-10T00:00:30Z');
    expect((await api.get(`/orders/${res.json.id}`)).json.status).toBe('completed');
    expect((await subscription(id)).products[0].quantity).toBe(5);
  });
});
