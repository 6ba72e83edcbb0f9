// PATCH /subscriptions/{id} changes auto-renew, attributes and prices, never quantity or status.
import { beforeEach, describe, expect, it } from 'vitest';
import { contosoSubscriptions, withSandbox } from './client';

const api = withSandbox({ login: false });
let premium: string;
beforeEach(async () => {
  premium = (await contosoSubscriptions(api))['Microsoft 365 Business Premium']!.id;
});

describe('PATCH /subscriptions/{id}', () => {
  it('turns auto-renew off and sets attributes and the unit price', async () => {
    const res = await api.patch(`/subscriptions/${premium}`, {
      renewalStatus: false,
      attributes: { costCentre: 'IT-42' },
      products: [{ mpn: 'CFQ7TTC0LCHC:0002', unitPrice: { amount: '20.00', currency: 'USD' } }],
    });
    expect(res.status).toBe(200);
    expect(res.json).toMatchObject({ renewalStatus: false, attributes: { costCentre: 'IT-42' }, totalPrice: { amount: '500.00' } });
    expect((await api.get(`/subscriptions/${premium}`)).json.renewalStatus).toBe(false);
  });

  it('ignores quantity and status by default', async () => {
    const res = await api.patch(`/subscriptions/${premium}`, { status: 'terminated', products: [{ quantity: 99 }] });
    expect(res.status).toBe(200);
    expect(res.json.status).toBe('active');
    expect(res.json.products[0].quantity).toBe(25);
  });

  it('refuses them when configured to', async () => {
    await api.control('POST', '/config', { patchUnknownFields: 'refuse' });
    const res = await api.patch(`/subscriptions/${premium}`, { renewalStatus: false, products: [{ quantity: 99 }] });
    expect(res.status).toBe(400);
    expect(res.json.message).toMatch(/products\[\]\.quantity/);
    expect((await api.get(`/subscriptions/${premium}`)).json.renewalStatus).toBe(true);
  });

  it('refuses a renewalStatus that is not a boolean', async () => {
    expect((await api.patch(`/subscriptions/${premium}`, { renewalStatus: 'no' })).status).toBe(400);
  });
});
