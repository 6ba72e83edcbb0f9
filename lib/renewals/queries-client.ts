// The Renewals page's read for TanStack Query: the GET route, never a server action.
import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { readRoute, routeUrl } from '@/lib/actions/read-route';
import { LoadFailure } from '@/lib/licenses/queries-client';
import type { RenewalsPage } from './types';

export type RenewalsQuery = { tenantId?: string; days: number };

export const renewalsQuery = (q: RenewalsQuery) =>
  queryOptions<RenewalsPage, LoadFailure>({
    queryKey: ['renewals', q],
    queryFn: async ({ signal }) => {
      const res = await readRoute<RenewalsPage>(routeUrl('/api/renewals', q), signal);
      if (!res.ok) throw new LoadFailure(res);
      return res.data;
    },
    placeholderData: keepPreviousData,
  });
