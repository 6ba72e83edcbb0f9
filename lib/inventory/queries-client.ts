// The Sync tab's read, for TanStack Query: polled every second while a run goes, else every 15 s.
import { queryOptions } from '@tanstack/react-query';
import { readRoute } from '@/lib/actions/read-route';
import type { SyncStatusDto } from './sync/status';

export const syncStatusKey = ['inventory-sync'] as const;

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
