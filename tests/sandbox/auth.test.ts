// Authentication as the live gateway does it: Basic + key + marketplace on /token, Bearer + key elsewhere.
import { describe, expect, it } from 'vitest';
import { startSandbox } from '../../sandbox/server';
import { Api, basic, CREDS, withSandbox } from './client';

const api = withSandbox();

const tokenCall = (auth: string, opts: { key?: string | null; marketplace?: string } = {}) =>
  api.post('/token', { marketplace: opts.marketplace ?? 'us' }, { token: null, key: opts.key, headers: { Authorization: auth } });

describe('POST /token', () => {
  it('issues a bearer token that lives 1500 seconds', async () => {
    const res = await tokenCall(basic(CREDS.username, CREDS.password));
    expect(res.status).toBe(200);
    expect(res.json.expiresInSeconds).toBe(1500);
    expect(res.json.token).toMatch(/\S{20,}/);
  });

  it('answers 401 to a wrong password and to an unknown user', async () => {
    expect((await tokenCall(basic(CREDS.username, 'wrong'))).status).toBe(401);
    expect((await tokenCall(basic('someone.api', CREDS.password))).status).toBe(401);
    expect((await tokenCall('Bearer nothing')).status).toBe(401);
  });

  it('answers 401 in the gateway shape to a wrong subscription key', async () => {
    const res = await tokenCall(basic(CREDS.username, CREDS.password), { key: '0'.repeat(32) });
    expect(res.status).toBe(401);
    expect(res.json.message).toMatch(/invalid subscription key/i);
  });

  it('refuses a marketplace the account does not belong to, with a clear message', async () => {
    const res = await tokenCall(basic(CREDS.username, CREDS.password), { marketplace: 'de' });
    expect(res.status).toBe(403);
    expect(res.json.message).toMatch(/marketplace 'de' is not available for this reseller/);
  });

  it('takes its credentials from the start options', async () => {
    const other = new Api(await startSandbox({ port: 0, credentials: { username: 'other.api', password: 'p4ss' } }));
    try {
      const post = (auth: string) => other.post('/token', { marketplace: 'us' }, { token: null, headers: { Authorization: auth } });
      expect((await post(basic('other.api', 'p4ss'))).status).toBe(200);
      expect((await post(basic(CREDS.username, CREDS.password))).status).toBe(401);
    } finally {
      await other.sbx.close();
    }
  });
});

describe('resource calls', () => {
  it('need a bearer token', async () => {
    const res = await api.get('/resellers', { token: null });
    expect(res.status).toBe(401);
    expect(res.json.status).toBe(401);
    expect((await api.get('/resellers', { token: 'sbx.forged' })).status).toBe(401);
  });

  it('need the subscription key even with a good token', async () => {
    const res = await api.get('/resellers', { key: null });
    expect(res.status).toBe(401);
    expect(res.json.statusCode).toBe(401);
    expect((await api.get('/resellers', { key: 'f'.repeat(32) })).status).toBe(401);
  });

  it('work with a fresh token under any region prefix', async () => {
    expect((await api.get('/resellers')).status).toBe(200);
    const eu = await fetch(api.sbx.origin + '/marketplace/eu/customers', { headers: { Authorization: `Bearer ${api.token}`, 'X-Subscription-Key': CREDS.subscriptionKey } });
    expect(eu.status).toBe(200);
  });

  it('stop working once the token has expired by the sandbox clock', async () => {
    await api.advance(1499);
    expect((await api.get('/resellers')).status).toBe(200);
    await api.advance(2);
    const res = await api.get('/resellers');
    expect(res.status).toBe(401);
    expect(res.json.message).toMatch(/expired/);
    await api.login();
    expect((await api.get('/resellers')).status).toBe(200);
  });

  it('use the token lifetime set through the control surface', async () => {
    await api.control('POST', '/config', { tokenTtlSeconds: 60 });
    const token = await api.login();
    await api.advance(61);
    expect((await api.get('/customers', { token })).status).toBe(401);
  });

  it('echo the caller correlation id', async () => {
    const res = await api.get('/resellers', { headers: { 'X-Correlation-ID': 'trace-123' } });
    expect(res.headers.get('x-correlation-id')).toBe('trace-123');
    const err = await api.get('/customers/999', { headers: { 'X-Correlation-ID': 'trace-404' } });
    expect(err.status).toBe(404);
    expect(err.json).toMatchObject({ status: 404, correlationId: 'trace-404', path: '/marketplace/na/customers/999' });
  });
});
