// "Test connection" names the step that failed and why, without echoing a secret.
import { describe, expect, it } from 'vitest';
import { withSandbox } from './sandbox-harness';

const sb = withSandbox();

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

  it('reports bad credentials at the token step', async () => {
    const result = await sb.client({ connection: { password: 'Not-The-Password-99' } }).testConnection();
    expect(result.ok).toBe(false);
    expect(stepOf(result, 'token')).toMatchObject({ ok: false, status: 401 });
    expect(stepOf(result, 'token')?.detail).toMatch(/bad credentials/);
    expect(JSON.stringify(result)).not.toContain('Not-The-Password-99');
  });

  it('reports a bad subscription key', async () => {
    const result = await sb.client({ connection: { subscriptionKey: '00000000000000000000000000000000' } }).testConnection();
    expect(result.ok).toBe(false);
    const failed = result.steps.find((s) => !s.ok);
    expect(failed?.detail).toMatch(/subscription key/);
    expect(JSON.stringify(result)).not.toContain('00000000000000000000000000000000');
  });

  it('reports a wrong marketplace', async () => {
    const result = await sb.client({ connection: { marketplace: 'de' } }).testConnection();
    expect(result.ok).toBe(false);
    expect(result.steps.find((s) => !s.ok)?.detail).toMatch(/wrong marketplace/);
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
});
