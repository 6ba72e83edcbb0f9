// The reclaim planner's read for TanStack Query: the GET route, never a server action.
import { queryOptions } from '@tanstack/react-query';
import { readRoute, routeUrl } from '@/lib/actions/read-route';
import { LoadFailure } from '@/lib/licenses/queries-client';
import type { ReclaimPlan } from './types';

export const reclaimKey = ['reclaim'] as const;

/** One tenant's plan, or every tenant's (of the role's scope) when tenantId is undefined. */
export const reclaimPlanQuery = (tenantId: string | undefined) =>
  queryOptions<ReclaimPlan, LoadFailure>({
    queryKey: [...reclaimKey, tenantId ?? 'all'],
    queryFn: async ({ signal }) => {
      const res = await readRoute<ReclaimPlan>(routeUrl('/api/reclaim', { tenantId }), signal);
      if (!res.ok) throw new LoadFailure(res);
      return res.data;
    },
    staleTime: 0,
  });
