// Fault injection, latency and counters on the control surface.
import { describe, expect, it } from 'vitest';
import { CONTOSO, microsoftParams, withSandbox } from './client';

const api = withSandbox();

const fault = (f: Record<string, unknown>) => api.control('POST', '/faults', f);
const order = (po: string) => ({
  type: 'sales',
  customerId: CONTOSO,
  poNumber: po,
  subscriptionPeriod: { type: 'year', duration: 1 },
  products: [{ mpn: 'CFQ7TTC0LH18:0001', quantity: 2, billingPeriod: { type: 'month', duration: 1 }, parameters: microsoftParams() }],
});

describe('faults', () => {
  it('status: answers the JSON error shape with Retry-After, for the next N matching calls only', async () => {
    await fault({ method: 'GET', path: '/subscriptions/{id}', kind: 'status', status: 429, message: 'Too many requests', retryAfter: 7, count: 2 });
    const sub = (await api.get('/subscriptions?customerId=1000001')).json.data[0].id;
    for (let i = 0; i < 2; i++) {
      const res = await api.get(`/subscriptions/${sub}`);
      expect(res.status).toBe(429);
      expect(res.headers.get('retry-after')).toBe('7');
      expect(res.json.message).toBe('Too many requests');
    }
    expect((await api.get(`/subscriptions/${sub}`)).status).toBe(200);
  });

  it('html: answers a gateway page', async () => {
    await fault({ method: '*', path: '/customers', kind: 'html', status: 502 });
    const res = await api.get('/customers');
    expect(res.status).toBe(502);
    expect(res.headers.get('content-type')).toMatch(/text\/html/);
    expect(res.text).toMatch(/<html>/);
  });

  it('delay: outlasts a client timeout', async () => {
    await fault({ method: 'GET', path: '/resellers', kind: 'delay', delayMs: 1500 });
    const started = Date.now();
    await expect(api.get('/resellers', { signal: AbortSignal.timeout(300) })).rejects.toThrow();
    expect(Date.now() - started).toBeLessThan(1200);
    expect((await api.get('/resellers')).status).toBe(200);
  });

  it('malformed: answers 200 with a body that is not JSON', async () => {
    await fault({ method: 'GET', path: '/customers', kind: 'malformed' });
    const res = await api.get('/customers');
    expect(res.status).toBe(200);
    expect(() => JSON.parse(res.text)).toThrow();
  });

  it('revoke-token: the presented token answers 401 now and afterwards', async () => {
    await fault({ method: 'GET', path: '*', kind: 'revoke-token' });
    expect((await api.get('/resellers')).status).toBe(401);
    expect((await api.get('/resellers')).status).toBe(401);
    await api.login();
    expect((await api.get('/resellers')).status).toBe(200);
  });

  it('work-then-504: the order is made although the answer is a 504', async () => {
    await fault({ method: 'POST', path: '/orders', kind: 'work-then-504' });
    const res = await api.post('/orders', order('PO-504'));
    expect(res.status).toBe(504);
    expect(res.text).toMatch(/Gateway/);
    const made = await api.control('GET', '/state/orders?poNumber=PO-504');
    expect(made.orders).toHaveLength(1);
  });

  it('work-then-delay: the order exists before the late answer arrives', async () => {
    await fault({ method: 'POST', path: '/orders', kind: 'work-then-delay', delayMs: 1500 });
    const answer = api.post('/orders', order('PO-LATE'));
    await new Promise((r) => setTimeout(r, 500));
    expect((await api.control('GET', '/state/orders?poNumber=PO-LATE')).orders).toHaveLength(1);
    expect((await answer).status).toBe(201);
  });

  it('matches a concrete path and only the given method; can be listed and cleared', async () => {
    await fault({ method: 'POST', path: '/orders', kind: 'status', status: 503 });
    expect((await api.get('/orders')).status).toBe(200);
    expect((await api.control('GET', '/faults')).faults).toHaveLength(1);
    await api.control('DELETE', '/faults');
    expect((await api.post('/orders', order('PO-OK'))).status).toBe(201);
    await fault({ method: 'GET', path: '/customers/1000002', kind: 'status', status: 500 });
    expect((await api.get('/customers/1000001')).status).toBe(200);
    expect((await api.get('/customers/1000002')).status).toBe(500);
  });

  it('token faults: a 500 on /token', async () => {
    await fault({ method: 'POST', path: '/token', kind: 'status', status: 500 });
    await expect(api.login()).rejects.toThrow();
  });
});

describe('latency and counters', () => {
  it('adds latency to API calls', async () => {
    await api.control('POST', '/latency', { ms: 250 });
    const started = Date.now();
    await api.get('/resellers');
    expect(Date.now() - started).toBeGreaterThanOrEqual(240);
  });

  it('counts calls per route, failed ones included', async () => {
    await api.control('POST', '/counters/reset');
    await api.get('/subscriptions/3000001');
    await api.get('/subscriptions/3000002');
    await api.get('/subscriptions?customerId=1000001');
    await api.get('/resellers', { token: null });
    const c = await api.control('GET', '/counters');
    expect(c.byRoute).toMatchObject({ 'GET /subscriptions/{id}': 2, 'GET /subscriptions': 1, 'GET /resellers': 1 });
    expect(c.total).toBe(4);
  });
});
