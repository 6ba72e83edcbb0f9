// Lenient parsing at the edge, readable upstream messages, and errors safe to show.
import { describe, expect, it } from 'vitest';
import { IngramError } from '@/lib/ingram/errors';
import { toSubscriptionDetail } from '@/lib/ingram/mappers';
import { periodCode, periodFromCode } from '@/lib/ingram/periods';
import { mapWithConcurrency } from '@/lib/ingram/pool';
import { readBody, upstreamMessageOf } from '@/lib/ingram/response-body';
import { backoffMs, retryAfterMs } from '@/lib/ingram/retry';
import { wireSubscriptionDetail } from '@/lib/ingram/wire/resources';

describe('wire parsing', () => {
  it('accepts numeric strings, missing fields and unknown fields', () => {
    const parsed = wireSubscriptionDetail.parse({
      id: 1000017,
      status: 'active',
      renewalStatus: 'false',
      somethingNew: { x: 1 },
      products: [{ mpn: 'A:1', quantity: '12', unitPrice: { amount: 6, currency: 'USD' } }],
      fulfillmentParameters: [{ name: 'domain', value: 'x.example' }, { noName: true }],
    });
    const d = toSubscriptionDetail(parsed);
    expect(d).toMatchObject({ id: '1000017', autoRenew: false, product: { mpn: 'A:1', quantity: 12, unitPrice: { amount: '6', currency: 'USD' } } });
    expect(d.fulfillmentParameters).toEqual([{ name: 'domain', value: 'x.example' }]);
    expect(d.orderParameters).toEqual([]);
    expect((parsed as Record<string, unknown>).somethingNew).toEqual({ x: 1 });
  });

  it('a quantity that is not a number counts as none, and a row without an id is unusable', () => {
    const d = toSubscriptionDetail(wireSubscriptionDetail.parse({ id: '1', products: [{ mpn: 'A', quantity: 'lots' }] }));
    expect(d.product?.quantity).toBe(0);
    expect(wireSubscriptionDetail.safeParse({ name: 'no id' }).success).toBe(false);
  });
});

describe('upstream messages', () => {
  it('reads `message`, then `error`, then the first line of text, then an HTML title', () => {
    expect(upstreamMessageOf(readBody('{"message":"Customer not found","correlationId":"c1"}', 'application/json'))).toBe('Customer not found');
    expect(upstreamMessageOf(readBody('{"error":{"message":"Throttled"}}', 'application/json'))).toBe('Throttled');
    expect(upstreamMessageOf(readBody('\nupstream connect error\nreset reason: overflow', 'text/plain'))).toBe('upstream connect error');
    expect(upstreamMessageOf(readBody('<!DOCTYPE html><html><head><title>504 Gateway Time-out</title></head></html>', 'text/html'))).toBe('504 Gateway Time-out');
  });

  it('an error shown to a user carries operation, status, message and correlation id, and no stack', () => {
    const e = new IngramError({ operation: 'list orders', kind: 'http', status: 500, upstreamMessage: 'Boom', correlationId: 'abc-123' });
    expect(e.message).toBe('List orders failed: Boom (HTTP 500, correlation id abc-123)');
    expect(e.toPublic()).toEqual({ operation: 'list orders', message: e.message, status: 500, correlationId: 'abc-123', retryable: true, kind: 'http' });
  });
});

describe('retry timing', () => {
  it('reads Retry-After as seconds or a date', () => {
    expect(retryAfterMs(new Headers({ 'Retry-After': '2' }), 0)).toBe(2000);
    const now = Date.parse('2026-01-01T00:00:00Z');
    expect(retryAfterMs(new Headers({ 'Retry-After': 'Thu, 01 Jan 2026 00:00:03 GMT' }), now)).toBe(3000);
    expect(retryAfterMs(new Headers(), now)).toBeUndefined();
  });

  it('backs off exponentially with jitter inside the upper half', () => {
    for (let i = 0; i < 20; i++) {
      const d = backoffMs(2, 100);
      expect(d).toBeGreaterThanOrEqual(200);
      expect(d).toBeLessThanOrEqual(400);
    }
  });
});

describe('helpers', () => {
  it('the pool never runs more than its limit and keeps order', async () => {
    let running = 0;
    let peak = 0;
    const out = await mapWithConcurrency([...Array(25).keys()], 4, async (n) => {
      peak = Math.max(peak, ++running);
      await new Promise((r) => setTimeout(r, 5));
      running--;
      return n * 2;
    });
    expect(peak).toBe(4);
    expect(out).toEqual([...Array(25).keys()].map((n) => n * 2));
  });

  it('period codes round-trip', () => {
    expect(periodFromCode('P1Y')).toEqual({ type: 'year', duration: 1 });
    expect(periodCode({ type: 'month', duration: 1 })).toBe('P1M');
    expect(() => periodFromCode('yearly')).toThrow(/P1M/);
  });
});
