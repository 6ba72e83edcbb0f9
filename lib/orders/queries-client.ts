// Following an order, for TanStack Query: GET routes re-read with `refetchInterval` and a
// backoff (orders take seconds to minutes) until the order ends.
import { queryOptions } from '@tanstack/react-query';
import { readRoute } from '@/lib/actions/read-route';
import type { ActionResult } from '@/lib/actions/result';
import { shouldFollow } from './status';
import type { OrderPollResponse } from './types';
import type { OrderView } from './view';

export const FOLLOW_FIRST_MS = 1_000;
export const FOLLOW_MAX_MS = 15_000;

/** The wait before the next check: 1 s, doubling with each answer, at most 15 s. */
export const followDelayMs = (answers: number) => Math.min(FOLLOW_FIRST_MS * 2 ** Math.max(0, answers - 1), FOLLOW_MAX_MS);

/** Answers after which following stops: the order is gone for this user. */
const STOP = new Set(['UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND']);

/** Whether an answer still calls for another check. */
export const stillMoving = (r: ActionResult<OrderPollResponse> | undefined) => (r ? (r.ok ? shouldFollow(r.data.order.status) : !STOP.has(r.code)) : true);

/** An order the app placed, by its row id (the licenses page follows those it shows as in progress). */
export const orderStatusQuery = (orderId: number) =>
  queryOptions({
    queryKey: ['order-status', orderId],
    queryFn: ({ signal }) => readRoute<OrderPollResponse>(`/api/orders/${orderId}`, signal),
    refetchInterval: (q) => (stillMoving(q.state.data) ? followDelayMs(q.state.dataUpdateCount) : false),
    gcTime: 0,
  });

/** One order of the tenant as its page shows it, starting from what the server rendered. */
export const orderViewQuery = (tenantId: string, initial: OrderView) =>
  queryOptions({
    queryKey: ['order', tenantId, initial.ref],
    queryFn: ({ signal }) => readRoute<OrderView>(`/api/tenants/${encodeURIComponent(tenantId)}/orders/${encodeURIComponent(initial.ref)}`, signal),
    initialData: { ok: true, data: initial } as ActionResult<OrderView>,
    refetchInterval: (q) => (q.state.data?.ok && !q.state.data.data.following ? false : followDelayMs(q.state.dataUpdateCount)),
  });
