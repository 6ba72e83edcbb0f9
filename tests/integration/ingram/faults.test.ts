// Faults on reads: throttling, 5xx, timeouts, and answers that are not what they should be.
import { describe, expect, it } from 'vitest';
import { IngramError, isIngramError } from '@/lib/ingram/errors';
import { freshCalls, withSandbox } from './sandbox-harness';

const sb = withSandbox({ each: freshCalls });

async function failure(p: Promise<unknown>): Promise<IngramError> {
  const e = await p.then(
    () => undefined,
    (err: unknown) => err,
  );
  if (!isIngramError(e)) throw new Error(`expected an IngramError, got ${String(e)}`);
  return e;
}

describe('retries on reads', () => {
  it('waits as long as Retry-After says after a 429, then succeeds', async () => {
    const client = sb.client();
    await client.listResellers();
    await sb.resetCounters();
    await sb.fault({ method: 'GET', path: '/resellers', kind: 'status', status: 429, retryAfter: 1, message: 'Too many requests' });
    const started = Date.now();
    await client.listResellers();
    expect(Date.now() - started).toBeGreaterThanOrEqual(1000);
    expect(await sb.count('GET /resellers')).toBe(2);
  });

  it('retries a 500 on a GET and returns the data', async () => {
    const client = sb.client();
    await sb.fault({ method: 'GET', path: '/customers', kind: 'status', status: 500, count: 2 });
    const customers = await client.listCustomers();
    expect(customers.length).toBeGreaterThan(0);
    expect(await sb.count('GET /customers')).toBe(3);
  });

  it('gives up after maxRetries with the status, message and correlation id', async () => {
    const client = sb.client({ options: { maxRetries: 2 } });
    await sb.fault({ method: 'GET', path: '/customers', kind: 'status', status: 503, count: 10, message: 'Service is down for maintenance' });
    const e = await failure(client.listCustomers());
    expect(await sb.count('GET /customers')).toBe(3);
    expect(e).toMatchObject({ kind: 'http', status: 503, upstreamMessage: 'Service is down for maintenance', retryable: true, operation: 'list customers' });
    expect(e.correlationId).toMatch(/\S/);
    expect(e.toPublic().message).toContain('Service is down for maintenance');
  });

  it('does not retry a 404', async () => {
    const e = await failure(sb.client().getSubscription('9999999'));
    expect(e).toMatchObject({ kind: 'http', status: 404, retryable: false });
    expect(await sb.count('GET /subscriptions/{id}')).toBe(1);
  });

  it('times out a call that takes too long', async () => {
    const client = sb.client({ options: { timeoutMs: 300, maxRetries: 0 } });
    await client.listResellers();
    await sb.fault({ method: 'GET', path: '/resellers', kind: 'delay', delayMs: 1500 });
    const started = Date.now();
    const e = await failure(client.listResellers());
    expect(e.kind).toBe('timeout');
    expect(Date.now() - started).toBeLessThan(1200);
  });
});

describe('unusable answers become readable errors', () => {
  it('an HTML gateway page gives its title, the status and the correlation id', async () => {
    const client = sb.client({ options: { maxRetries: 0 } });
    await sb.fault({ method: 'GET', path: '/resellers', kind: 'html', status: 502, message: 'Bad Gateway' });
    const e = await failure(client.listResellers());
    expect(e.status).toBe(502);
    expect(e.upstreamMessage).toMatch(/Bad Gateway/);
    expect(e.upstreamMessage).not.toMatch(/</);
    expect(e.correlationId).toMatch(/\S/);
    expect(e.message).toContain('HTTP 502');
    expect(e.message).toContain(e.correlationId!);
  });

  it('a cut-off JSON body is a malformed error with status and correlation id', async () => {
    const client = sb.client({ options: { maxRetries: 0 } });
    await sb.fault({ method: 'GET', path: '/customers', kind: 'malformed' });
    const e = await failure(client.listCustomers());
    expect(e).toMatchObject({ kind: 'malformed', status: 200, operation: 'list customers' });
    expect(e.correlationId).toMatch(/\S/);
    expect(e.toPublic()).not.toHaveProperty('stack');
  });

  it('a malformed answer to a read says that trying again may help', async () => {
    await sb.fault({ method: 'GET', path: '/customers', kind: 'malformed' });
    const e = await failure(sb.client().listCustomers());
    expect(e.retryable).toBe(true);
    expect(e.message).toMatch(/List customers failed: .*not JSON|shape/);
  });
});
