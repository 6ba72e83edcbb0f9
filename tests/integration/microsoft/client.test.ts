// The Microsoft client against the Microsoft sandbox over HTTP: paging, throttling, tokens per tenant, per-tenant failures.
import { describe, expect, it } from 'vitest';
import { TokenCache } from '@/lib/microsoft';
import { CONTOSO, FABRIKAM, NORTHWIND, TAILSPIN_UNCONSENTED, withMsSandbox } from './ms-sandbox-harness';

const sb = withMsSandbox();

describe('paging', () => {
  it('reads 2,000 users through @odata.nextLink, 999 a page', async () => {
    const { tenantId } = await sb.control<{ tenantId: string }>('POST', '/tenants', { displayName: 'Big Tenant', users: 2000 });
    const users = await sb.client().listLicensedUsers(tenantId);
    expect(users).toHaveLength(2000);
    expect(new Set(users.map((u) => u.id)).size).toBe(2000);
    expect(await sb.count('GET /users', tenantId)).toBe(3);
  });

  it('refuses a next-page link that points at another host (the token stays home)', async () => {
    const client = sb.client({ connection: { graphBaseUrl: sb.graphBaseUrl.replace('127.0.0.1', 'localhost') } });
    // The sandbox writes its links with its own origin (127.0.0.1), not the configured 'localhost' base.
    const { tenantId } = await sb.control<{ tenantId: string }>('POST', '/tenants', { displayName: 'Paged Tenant', users: 1200 });
    await expect(client.listLicensedUsers(tenantId)).rejects.toMatchObject({ kind: 'malformed', detail: expect.stringContaining('another host') });
  });
});

describe('throttling', () => {
  it('waits the Retry-After Microsoft asks for, then succeeds', async () => {
    const waits: number[] = [];
    await sb.fault({ method: 'GET', path: `/tenants/${CONTOSO}/subscribedSkus`, kind: 'status', status: 429, retryAfter: 2, count: 1 });
    const skus = await sb.client({ options: { sleep: async (ms) => void waits.push(ms) } }).listSubscribedSkus(CONTOSO);
    expect(skus.length).toBeGreaterThan(0);
    expect(waits).toEqual([2000]);
    expect(await sb.count('GET /subscribedSkus', CONTOSO)).toBe(2);
  });

  it('honours a real Retry-After of one second', async () => {
    await sb.fault({ method: 'GET', path: `/tenants/${CONTOSO}/subscribedSkus`, kind: 'status', status: 429, retryAfter: 1, count: 1 });
    const started = Date.now();
    await sb.client().listSubscribedSkus(CONTOSO);
    expect(Date.now() - started).toBeGreaterThanOrEqual(1000);
  });

  it('gives up after the allowed retries with a throttled error carrying status and request id', async () => {
    await sb.fault({ method: 'GET', path: `/tenants/${CONTOSO}/users`, kind: 'status', status: 429, retryAfter: 1, count: 10 });
    const error = await sb
      .client({ options: { maxRetries: 2, sleep: async () => undefined } })
      .listLicensedUsers(CONTOSO)
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ kind: 'throttled', status: 429, code: 'TooManyRequests', tenantId: CONTOSO });
    expect((error as { correlationId?: string }).correlationId).toMatch(/^[0-9a-f-]{36}$/);
    expect(await sb.count('GET /users', CONTOSO)).toBe(3);
  });

  it('does not sit out a Retry-After longer than the limit', async () => {
    const waits: number[] = [];
    await sb.fault({ method: 'GET', path: `/tenants/${CONTOSO}/users`, kind: 'status', status: 503, retryAfter: 3600, count: 1 });
    await expect(sb.client({ options: { sleep: async (ms) => void waits.push(ms) } }).listLicensedUsers(CONTOSO)).rejects.toMatchObject({ kind: 'throttled', status: 503 });
    expect(waits).toEqual([]);
  });
});

describe('tokens', () => {
  it('asks once per tenant and reuses the token until it expires', async () => {
    let now = Date.now();
    const client = sb.client({ options: { now: () => now } });
    for (const t of [CONTOSO, FABRIKAM, NORTHWIND]) await Promise.all([client.listSubscribedSkus(t), client.listTenantSubscriptions(t), client.listLicensedUsers(t)]);
    for (const t of [CONTOSO, FABRIKAM, NORTHWIND]) await client.listSubscribedSkus(t);
    for (const t of [CONTOSO, FABRIKAM, NORTHWIND]) expect(await sb.count('POST /token', t)).toBe(1);
    now += 3600 * 1000; // past expires_in
    await client.listSubscribedSkus(CONTOSO);
    expect(await sb.count('POST /token', CONTOSO)).toBe(2);
    expect(await sb.count('POST /token', FABRIKAM)).toBe(1);
  });

  it('renews early: a token is not used in its last minutes', async () => {
    let now = Date.now();
    const client = sb.client({ options: { now: () => now } });
    await client.listSubscribedSkus(CONTOSO);
    now += 3599 * 1000 - 200 * 1000; // 200 s before expiry, inside the five-minute margin
    await client.listSubscribedSkus(CONTOSO);
    expect(await sb.count('POST /token', CONTOSO)).toBe(2);
  });

  it('a token Graph refuses (expired upstream) is renewed once and the read repeated', async () => {
    const tokens = new TokenCache();
    await sb.client({ tokens }).listSubscribedSkus(CONTOSO);
    await sb.control('POST', '/clock', { advanceSeconds: 3700 });
    const skus = await sb.client({ tokens }).listSubscribedSkus(CONTOSO);
    expect(skus.length).toBeGreaterThan(0);
    expect(await sb.count('POST /token', CONTOSO)).toBe(2);
    // The refused call carried an expired token, so the sandbox counts it under no tenant.
    expect((await sb.counters()).byRoute['GET /subscribedSkus']).toBe(3);
  });

  it('a new secret does not reuse the tokens of the old one', async () => {
    const tokens = new TokenCache();
    await sb.client({ tokens }).listSubscribedSkus(CONTOSO);
    await expect(sb.client({ tokens, connection: { clientSecret: 'other' } }).listSubscribedSkus(CONTOSO)).rejects.toMatchObject({ kind: 'wrong-secret', status: 401, aadsts: 7000215 });
  });
});

describe('one tenant failing', () => {
  it('records a 403 for that tenant while the others are read', async () => {
    await sb.setTenant(FABRIKAM, { denied: ['/subscribedSkus'] });
    const client = sb.client();
    const results = await client.forEachTenant([CONTOSO, FABRIKAM, NORTHWIND, TAILSPIN_UNCONSENTED], (t) => client.listSubscribedSkus(t));
    expect(results.map((r) => [r.tenantId, r.ok])).toEqual([
      [CONTOSO, true],
      [FABRIKAM, false],
      [NORTHWIND, true],
      [TAILSPIN_UNCONSENTED, false],
    ]);
    const denied = results[1]!;
    if (denied.ok) throw new Error('expected a failure');
    expect(denied.error).toMatchObject({ kind: 'permission', status: 403, code: 'Authorization_RequestDenied', tenantId: FABRIKAM });
    expect(denied.error.correlationId).toMatch(/^[0-9a-f-]{36}$/);
    expect(denied.error.reason).toMatch(/missing permission/);
    const unconsented = results[3]!;
    if (unconsented.ok) throw new Error('expected a failure');
    expect(unconsented.error).toMatchObject({ kind: 'not-consented', status: 400, aadsts: 700016 });
    expect(unconsented.error.correlationId).toMatch(/^[0-9a-f-]{36}$/);
    expect(await sb.count('GET /subscribedSkus', FABRIKAM)).toBe(1); // a 403 is not retried
  });
});

describe('a tenant’s licenses', () => {
  it('joins Graph’s products and the subscriptions behind them for every tenant, one token each', async () => {
    const client = sb.client();
    const [contoso] = await client.forEachTenant([CONTOSO], (t) => client.readTenantLicenses(t));
    if (!contoso?.ok) throw new Error('expected Contoso to be read');
    const defender = contoso.value.skus.find((s) => s.skuPartNumber === 'MICROSOFT_DEFENDER_FOR_BUSINESS')!;
    const behind = contoso.value.subscriptions.filter((s) => s.skuId === defender.skuId);
    expect(behind.map((s) => s.totalLicenses).sort()).toEqual([12, 5]);
    expect(defender.enabledSeats).toBe(17);
    expect(await sb.count('POST /token', CONTOSO)).toBe(1);
  });
});
