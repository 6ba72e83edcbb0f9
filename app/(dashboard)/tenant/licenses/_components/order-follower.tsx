'use client';
import { useOrderPoll } from '@/lib/orders/poll-client';
import type { OrderDto } from '@/lib/orders/types';

/** Follows one order (polling with backoff, stopped on unmount) and reports when it ends. Renders nothing. */
export function OrderFollower({ orderId, onEnded }: { orderId: number; onEnded: (o: OrderDto) => void }) {
  useOrderPoll(orderId, (r) => onEnded(r.order));
  return null;
}
