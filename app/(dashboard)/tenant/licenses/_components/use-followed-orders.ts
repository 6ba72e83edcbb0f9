'use client';
// Follows the app's own open orders shown in the grid (TanStack Query's refetchInterval with
// backoff) and reports each once when it stops moving.
import { useQueries } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { orderStatusQuery } from '@/lib/orders/queries-client';
import { shouldFollow } from '@/lib/orders/status';
import type { OrderDto } from '@/lib/orders/types';

export function useFollowedOrders(orderIds: number[], onEnded: (o: OrderDto) => void) {
  const answers = useQueries({ queries: orderIds.map(orderStatusQuery) });
  const reported = useRef(new Set<number>());
  useEffect(() => {
    for (const a of answers) {
      const order = a.data?.ok ? a.data.data.order : undefined;
      if (!order || shouldFollow(order.status) || reported.current.has(order.id)) continue;
      reported.current.add(order.id);
      onEnded(order);
    }
  }, [answers, onEnded]);
}
