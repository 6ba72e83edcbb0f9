// The deliveries list for TanStack Query: one page at a time, re-read while some are still pending.
import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { readRoute, routeUrl } from '@/lib/actions/read-route';
import type { DeliveriesPage } from './deliveries';

export const deliveriesQuery = (page: number, pageSize: number) =>
  queryOptions({
    queryKey: ['alert-deliveries', page, pageSize],
    queryFn: ({ signal }) => readRoute<DeliveriesPage>(routeUrl('/api/alerts/deliveries', { page, pageSize }), signal),
    placeholderData: keepPreviousData,
    refetchInterval: (q) => (q.state.data?.ok && q.state.data.data.rows.some((r) => r.status === 'pending') ? 10_000 : false),
  });
