'use client';
// Browser side of order polling: asks GET /api/orders/{id} with backoff until the order ends,
// the page closes (signal aborted) or the order is scheduled for later.
import { useEffect, useRef, useState } from 'react';
import { shouldFollow } from './status';
import type { OrderPollResponse } from './types';

export const POLL_FIRST_MS = 1_500;
export const POLL_MAX_MS = 10_000;

const sleep = (ms: number, signal: AbortSignal) =>
  new Promise<void>((resolve) => {
    const t = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => { clearTimeout(t); resolve(); }, { once: true });
  });

/** Polls until the order stops moving; resolves with the last answer (undefined if aborted first). */
export async function pollOrderUntilSettled(
  orderId: number,
  { signal, onUpdate }: { signal: AbortSignal; onUpdate?: (r: OrderPollResponse) => void },
): Promise<OrderPollResponse | undefined> {
  let delay = POLL_FIRST_MS;
  let last: OrderPollResponse | undefined;
  while (!signal.aborted) {
    try {
      const res = await fetch(`/api/orders/${orderId}`, { signal, cache: 'no-store' });
      if (res.status === 401 || res.status === 403 || res.status === 404) return last;
      if (res.ok) {
        last = (await res.json()) as OrderPollResponse;
        onUpdate?.(last);
        if (!shouldFollow(last.order.status)) return last;
      }
    } catch {
      if (signal.aborted) return last;
      // A network blip: keep trying with the same backoff.
    }
    await sleep(delay, signal);
    delay = Math.min(POLL_MAX_MS, Math.round(delay * 1.6));
  }
  return last;
}

/** React hook: the latest status of `orderId` (null: nothing to follow), polled while it moves. */
export function useOrderPoll(orderId: number | null, onSettled?: (r: OrderPollResponse) => void) {
  const [latest, setLatest] = useState<OrderPollResponse | undefined>();
  const settled = useRef(onSettled);
  settled.current = onSettled;
  useEffect(() => {
    if (orderId === null) return;
    const ctrl = new AbortController();
    void pollOrderUntilSettled(orderId, { signal: ctrl.signal, onUpdate: setLatest }).then((r) => {
      if (r && !ctrl.signal.aborted) settled.current?.(r);
    });
    return () => ctrl.abort();
  }, [orderId]);
  return latest;
}
