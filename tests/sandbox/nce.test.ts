// The NCE 168-hour window, proven by moving the sandbox clock.
import { beforeEach, describe, expect, it } from 'vitest';
import { CONTOSO, contosoSubscriptions, withSandbox } from './client';

const api = withSandbox();
let subs: Awaited<ReturnType<typeof contosoSubscriptions>>;
beforeEach(async () => {
  subs = await contosoSubscriptions(api);
});

const HOURS = 3600;
const cancel = (id: string) => api.post('/orders', { type: 'cancellation', customerId: CONTOSO, subscriptionId: id });
const change = (id: string, quantity: number) => api.post('/orders', { type: 'change', customerId: CONTOSO, subscriptionId: id, products: [{ quantity }] });

describe('cancellation window', () => {
  it('allows cancelling inside 168 hours of purchase and refuses it after, with the reason', async () => {
    const premium = subs['Microsoft 365 Business Premium']!.id; // bought 3 days ago
    const estimate = await api.post('/orders/estimate', { type: 'cancellation', customerId: CONTOSO, subscriptionId: premium });
    expect(estimate.status).toBe(200);
    await api.advance(4 * 24 * HOURS + HOURS); // 7 days and 1 hour after purchase
    await api.login();
    const res = await cancel(premium);
    expect(res.status).toBe(500);
    expect(res.json.message).toMatch(/within 7 days \(168 hours\).*Turn auto-renew off/);
  });

  it('refuses cancelling a subscription bought 200 days ago', async () => {
    const res = await cancel(subs['Microsoft 365 Business Basic']!.id);
    expect(res.status).toBe(500);
    expect(res.json.message).toMatch(/can no longer be cancelled/);
  });

  it('reopens the window at renewal', async () => {
    const exchange = subs['Exchange Online (Plan 1)']!.id; // monthly, bought 2 days ago
    await api.advance(10 * 24 * HOURS);
    await api.login();
    expect((await cancel(exchange)).status).toBe(500);
    await api.advance(21 * 24 * HOURS); // past the monthly renewal
    await api.login();
    expect((await cancel(exchange)).status).toBe(201);
  });
});

describe('seat decreases', () => {
  it('may remove only the seats added in the last 168 hours', async () => {
    const entra = subs['Microsoft Entra ID P1']!.id; // 20 old seats + 5 added a day ago
    const tooMany = await change(entra, 19);
    expect(tooMany.status).toBe(500);
    expect(tooMany.json.message).toMatch(/5 seat\(s\) added in that window.*removes 6/);
    const ok = await change(entra, 20);
    expect(ok.status).toBe(201);
    expect(ok.json.products[0].quantity).toBe(-5);
  });

  it('refuses the same decrease once the added seats leave the window', async () => {
    const entra = subs['Microsoft Entra ID P1']!.id;
    await api.advance(5 * 24 * HOURS + 23 * HOURS); // the 5 seats are now 6 days 23 hours old
    await api.login();
    expect((await api.post('/orders/estimate', { type: 'change', customerId: CONTOSO, subscriptionId: entra, products: [{ quantity: 21 }] })).status).toBe(200);
    await api.advance(2 * HOURS);
    await api.login();
    const res = await change(entra, 21);
    expect(res.status).toBe(500);
    expect(res.json.message).toMatch(/scheduledOn/);
  });

  it('allows increases at any time, and those seats open their own window', async () => {
    const basic = subs['Microsoft 365 Business Basic']!.id; // outside its window
    expect((await change(basic, 9)).status).toBe(500);
    expect((await change(basic, 14)).status).toBe(201);
    await api.advance(30);
    expect((await change(basic, 11)).status).toBe(201);
    const state = await api.control('GET', `/state/subscriptions/${basic}`);
    expect(state.removableSeats).toBe(4);
  });

  it('leaves subscriptions with auto-renew off to end at the term end', async () => {
    const power = subs['Power BI Pro']!.id;
    const detail = await api.get(`/subscriptions/${power}`);
    expect(detail.json.renewalStatus).toBe(false);
    await api.control('POST', '/clock', { set: `${detail.json.renewalDate}T12:00:00Z` });
    await api.login();
    expect((await api.get(`/subscriptions/${power}`)).json.status).toBe('terminated');
  });
});
