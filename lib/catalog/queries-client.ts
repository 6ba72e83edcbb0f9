// The catalog's reads, for TanStack Query: a GET route (never a server action).
import { queryOptions } from '@tanstack/react-query';
import { readRoute, routeUrl } from '@/lib/actions/read-route';
import type { CatalogGroup } from './types';

export const catalogSearchQuery = (query: string) =>
  queryOptions({
    queryKey: ['catalog-search', query],
    queryFn: ({ signal }) => readRoute<CatalogGroup[]>(routeUrl('/api/catalog', { query }), signal),
  });
