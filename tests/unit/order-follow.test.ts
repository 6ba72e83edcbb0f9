// Following an order: 1 s, doubling with each answer up to 15 s, and no more checks once it ends.
import { describe, expect, it } from 'vitest';
import { followDelayMs, stillMoving } from '@/lib/orders/queries-client';
import type { OrderPollResponse } from '@/lib/orders/types';

const answer = (status: OrderPollResponse['order']['status']) => ({ ok: true as const, data: { order: { status } as OrderPollResponse['order'] } });

describe('following an order', () => {
  it('waits 1 s, then doubles the wait up to 15 s', () => {
    expect([0, 1, 2, 3, 4, 5, 6, 20].map(followDelayMs)).toEqual([1_000, 1_000, 2_000, 4_000, 8_000, 15_000, 15_000, 15_000]);
  });

  it('keeps checking while the order moves or a check failed upstream, and stops when it ends or is gone', () => {
    expect(stillMoving(undefined)).toBe(true);
    for (const status of ['submitted', 'unknown', 'processing'] as const) expect(stillMoving(answer(status)), status).toBe(true);
    for (const status of ['completed', 'error', 'cancelled', 'scheduled'] as const) expect(stillMoving(answer(status)), status).toBe(false);
    expect(stillMoving({ ok: false, code: 'UPSTREAM', error: 'HTTP 503' })).toBe(true);
    for (const code of ['NOT_FOUND', 'FORBIDDEN', 'UNAUTHENTICATED'] as const) expect(stillMoving({ ok: false, code, error: 'gone' }), code).toBe(false);
  });
});
