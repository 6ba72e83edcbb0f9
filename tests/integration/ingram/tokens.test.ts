// Tokens: reused, shared by concurrent callers, renewed once after a 401.
import { describe, expect, it } from 'vitest';
import { isIngramError } from '@/lib/ingram/errors';
import { createMemoryTokenStore } from '@/lib/ingram/token';
import { freshCalls, withSandbox } from './sandbox-harness';

const sb = withSandbox({ each: freshCalls });

describe('token handling', () => {
  it('reuses one token across calls and across clients that share a store', async () => {
    const store = createMemoryTokenStore();
    const a = sb.client({ store });
    await a.listResellers();
    await a.listCustomers();
    await sb.client({ store }).getCustomer((await a.listCustomers({ name: 'Contoso' }))[0]!.id);
    expect(await sb.count('POST /token')).toBe(1);
  });

  it('50 concurrent calls with no token make exactly one token request', async () => {
    const store = createMemoryTokenStore();
    // Separate client instances, as pages create one per request: single flight is per process.
    const calls = Array.from({ length: 50 }, () => sb.client({ store }).listResellers());
    const results = await Promise.all(calls);
    expect(results.every((r) => r.length > 0)).toBe(true);
    expect(await sb.count('POST /token')).toBe(1);
    expect(await sb.count('GET /resellers')).toBe(50);
  });

  it('asks for a new token about a minute before expiry, not after each call', async () => {
    let now = Date.now();
    const client = sb.client({ options: { now: () => now } });
    await client.listResellers();
    now += 1500_000 - 90_000; // 90 s left: still reused
    await client.listResellers();
    expect(await sb.count('POST /token')).toBe(1);
    now += 40_000; // 50 s left: inside the one-minute margin
    await client.listResellers();
    expect(await sb.count('POST /token')).toBe(2);
  });

  it('a revoked token is replaced once and the call repeated once', async () => {
    const client = sb.client();
    await client.listResellers();
    await sb.resetCounters();
    await sb.fault({ method: 'GET', path: '/resellers', kind: 'revoke-token' });
    const resellers = await client.listResellers();
    expect(resellers.length).toBeGreaterThan(0);
    expect(await sb.count('POST /token')).toBe(1);
    expect(await sb.count('GET /resellers')).toBe(2);
  });

  it('a 401 that persists after renewal becomes an auth error, not a loop', async () => {
    const client = sb.client();
    await sb.fault({ method: 'GET', path: '/resellers', kind: 'status', status: 401, count: 5, message: 'Unauthorized: nope' });
    const error = await client.listResellers().catch((e: unknown) => e);
    expect(isIngramError(error) && error.kind).toBe('auth');
    expect(await sb.count('GET /resellers')).toBe(2);
  });

  it('wrong credentials fail with a typed error that names no secret', async () => {
    const client = sb.client({ connection: { password: 'Wrong-Secret-123' } });
    const error = await client.listCustomers().catch((e: unknown) => e);
    expect(isIngramError(error)).toBe(true);
    if (!isIngramError(error)) return;
    expect(error.kind).toBe('auth');
    expect(error.status).toBe(401);
    expect(error.operation).toBe('list customers');
    expect(error.correlationId).toBeTruthy();
    const shown = JSON.stringify(error.toPublic()) + error.message + String(error.stack);
    expect(shown).not.toContain('Wrong-Secret-123');
    expect(shown).not.toContain('5d1c0e8a9b2f4c6d8e0a1b3c5d7e9f10');
  });
});
