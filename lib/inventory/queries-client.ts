// The inventory's reads for TanStack Query (All Tenants views, the Sync tab): GET routes, never server actions.
import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { readRoute, routeUrl } from '@/lib/actions/read-route';
import { LoadFailure } from '@/lib/licenses/queries-client';
import type { OrderPageQuery, SubscriptionPageQuery } from './filter';
import type { SyncStatusDto } from './sync/status';
import type { PortfolioOrdersPage, PortfolioPage } from './types';

export const portfolioSubscriptionsQuery = (q: SubscriptionPageQuery) =>
  queryOptions<PortfolioPage, LoadFailure>({
    queryKey: ['inventory', 'subscriptions', q],
    queryFn: async ({ signal }) => {
      const res = await readRoute<PortfolioPage>(routeUrl('/api/inventory/subscriptions', q), signal);
      if (!res.ok) throw new LoadFailure(res);
      return res.data;
    },
    // The grid keeps the last page on screen while the next one loads.
    placeholderData: keepPreviousData,
  });

export const portfolioOrdersQuery = (q: OrderPageQuery) =>
  queryOptions<PortfolioOrdersPage, LoadFailure>({
    queryKey: ['inventory', 'orders', q],
    queryFn: async ({ signal }) => {
      const res = await readRoute<PortfolioOrdersPage>(routeUrl('/api/inventory/orders', q), signal);
      if (!res.ok) throw new LoadFailure(res);
      return res.data;
    },
    placeholderData: keepPreviousData,
  });

/** The export's URL: the same filter and sort as the grid, every row. */
export function exportUrl(q: Omit<SubscriptionPageQuery, 'page' | 'pageSize'>, format: 'csv' | 'xlsx'): string {
  return routeUrl('/api/inventory/subscriptions/export', { ...q, format });
}

export const syncStatusKey = ['inventory-sync'] as const;

/** The Sync tab's read: polled every second while a run goes, else every 15 s. */
export const syncStatusQuery = () =>
  queryOptions({
    queryKey: syncStatusKey,
    queryFn: async ({ signal }) => {
      const res = await readRoute<SyncStatusDto>('/api/inventory/sync', signal);
      if (!res.ok) throw new Error(res.error);
      return res.data;
    },
    refetchInterval: (q) => (q.state.data?.running ? 1000 : 15_000),
  });
