// "Test connection" names the step that failed and why, without echoing a secret.
import { describe, expect, it } from 'vitest';
import { freshCalls, withSandbox } from './sandbox-harness';

const sb = withSandbox({ each: freshCalls });

const stepOf = (r: { steps: Array<{ step: string; ok: boolean; detail: string }> }, step: string) => r.steps.find((s) => s.step === step);

describe('testConnection', () => {
  it('passes with the demo credentials and names the reseller, always with a fresh token', async () => {
    const client = sb.client();
    await client.listResellers();
    await sb.resetCounters();
    const result = await client.testConnection();
    expect(result.ok).toBe(true);
    expect(result.steps.map((s) => [s.step, s.ok])).toEqual([
      ['reach', true],
      ['token', true],
      ['resource', true],
    ]);
    expect(result.reseller?.name).toBeTruthy();
    expect(await sb.count('POST /token')).toBe(1);
  });

  it('reports a wrong password as such, without suggesting the marketplace code', async () => {
    const result = await sb.client({ connection: { password: 'Not-The-Password-99' } }).testConnection();
    expect(result.ok).toBe(false);
    expect(stepOf(result, 'token')).toMatchObject({ ok: false, status: 401, cause: 'credentials' });
    expect(stepOf(result, 'token')?.detail).toMatch(/^wrong API username or password/);
    expect(JSON.stringify(result.steps)).not.toMatch(/marketplace/i);
    expect(JSON.stringify(result)).not.toContain('Not-The-Password-99');
  });

  it('reports a bad subscription key', async () => {
    const result = await sb.client({ connection: { subscriptionKey: '00000000000000000000000000000000' } }).testConnection();
    expect(result.ok).toBe(false);
    const failed = result.steps.find((s) => !s.ok);
    expect(failed?.detail).toMatch(/subscription key/);
    expect(JSON.stringify(result)).not.toContain('00000000000000000000000000000000');
  });

  it('reports a wrong marketplace as such, without suggesting the password', async () => {
    const result = await sb.client({ connection: { marketplace: 'de' } }).testConnection();
    expect(result.ok).toBe(false);
    const failed = result.steps.find((s) => !s.ok);
    expect(failed).toMatchObject({ cause: 'marketplace' });
    expect(failed?.detail).toMatch(/^wrong marketplace: the API account does not belong to marketplace 'de'/);
    expect(JSON.stringify(result.steps)).not.toMatch(/password|username|credentials/i);
  });

  it('reports an unreachable host at the reach step', async () => {
    const result = await sb.client({ connection: { baseUrl: 'http://127.0.0.1:1/marketplace/na' } }).testConnection();
    expect(stepOf(result, 'reach')).toMatchObject({ ok: false });
    expect(stepOf(result, 'reach')?.detail).toMatch(/unreachable/);
    expect(result.steps).toHaveLength(1);
  });

  it('refuses a plain-http URL that is not loopback', async () => {
    const result = await sb.client({ connection: { baseUrl: 'http://api.example.com/marketplace/na' } }).testConnection();
    expect(stepOf(result, 'reach')).toMatchObject({ ok: false });
    expect(stepOf(result, 'reach')?.detail).toMatch(/https/);
  });

  describe('throttling', () => {
    it('waits out one 429 on the token call, honouring its Retry-After, and then passes', async () => {
      await sb.fault({ method: 'POST', path: '/token', kind: 'status', status: 429, retryAfter: 1 });
      const started = Date.now();
      const result = await sb.client().testConnection();
      expect(result.ok).toBe(true);
      expect(Date.now() - started).toBeGreaterThanOrEqual(1000);
      expect(await sb.count('POST /token')).toBe(2);
    });

    it('waits out one 429 on the resource call and then passes', async () => {
      await sb.fault({ method: 'GET', path: '/resellers', kind: 'status', status: 429, retryAfter: 1 });
      const result = await sb.client().testConnection();
      expect(result.ok).toBe(true);
      expect(await sb.count('GET /resellers')).toBe(2);
    });

    it('reports a second 429 as throttling after one wait, without a third call', async () => {
      await sb.fault({ method: 'GET', path: '/resellers', kind: 'status', status: 429, retryAfter: 1, count: 2 });
      const result = await sb.client().testConnection();
      expect(stepOf(result, 'resource')).toMatchObject({ ok: false, status: 429, cause: 'throttled' });
      expect(stepOf(result, 'resource')?.detail).toMatch(/^throttled: .*after one wait/);
      expect(await sb.count('GET /resellers')).toBe(2);
    });

    it('does not sit out a long Retry-After: it reports it at once', async () => {
      await sb.fault({ method: 'POST', path: '/token', kind: 'status', status: 429, retryAfter: 120 });
      const started = Date.now();
      const result = await sb.client().testConnection();
      expect(Date.now() - started).toBeLessThan(3000);
      expect(stepOf(result, 'token')).toMatchObject({ ok: false, status: 429, cause: 'throttled' });
      expect(stepOf(result, 'token')?.detail).toMatch(/asked to wait 120 s/);
      expect(await sb.count('POST /token')).toBe(1);
    });

    it('does not repeat a 5xx: the first answer is the one reported', async () => {
      await sb.fault({ method: 'GET', path: '/resellers', kind: 'status', status: 503, message: 'Maintenance' });
      const result = await sb.client().testConnection();
      expect(stepOf(result, 'resource')).toMatchObject({ ok: false, status: 503 });
      expect(await sb.count('GET /resellers')).toBe(1);
    });
  });
});
