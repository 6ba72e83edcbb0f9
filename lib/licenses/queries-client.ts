// The CSP Licenses page's reads, for TanStack Query: each one a GET route (never a server action).
import { queryOptions } from '@tanstack/react-query';
import { readRoute, routeUrl } from '@/lib/actions/read-route';
import type { ActionFailure } from '@/lib/actions/result';
import type { SeatChangeKind } from '@/lib/validations/licenses';
import type { LicenseChangeContext, LicenseEstimate, LicensesResponse } from './types';

/** The grid's load failure, thrown so the grid keeps showing its last rows beside the alert. */
export class LoadFailure extends Error {
  constructor(readonly failure: ActionFailure) {
    super(failure.error);
  }
}

export const licensesKey = (tenantId: string) => ['licenses', tenantId] as const;
const subscriptionPath = (tenantId: string, subscriptionId: string) => `/api/tenants/${encodeURIComponent(tenantId)}/subscriptions/${encodeURIComponent(subscriptionId)}`;

export const licensesQuery = (tenantId: string, includeTerminated: boolean) =>
  queryOptions<LicensesResponse, LoadFailure>({
    queryKey: [...licensesKey(tenantId), includeTerminated],
    queryFn: async ({ signal }) => {
      const res = await readRoute<LicensesResponse>(routeUrl(`/api/tenants/${encodeURIComponent(tenantId)}/licenses`, { terminated: includeTerminated ? 1 : undefined }), signal);
      if (!res.ok) throw new LoadFailure(res);
      return res.data;
    },
    staleTime: 0,
  });

/** A change dialog reads fresh facts from Ingram when it opens (the table's may be minutes old). */
export const changeContextQuery = (tenantId: string, subscriptionId: string) =>
  queryOptions({
    queryKey: ['license-change-context', tenantId, subscriptionId],
    queryFn: ({ signal }) => readRoute<LicenseChangeContext>(`${subscriptionPath(tenantId, subscriptionId)}/context`, signal),
    staleTime: 0,
    gcTime: 0,
  });

export const seatEstimateQuery = (tenantId: string, subscriptionId: string, kind: SeatChangeKind, seats: number | undefined) =>
  queryOptions({
    queryKey: ['license-estimate', tenantId, subscriptionId, kind, seats],
    queryFn: ({ signal }) => readRoute<{ before: number; after: number; estimate: LicenseEstimate }>(routeUrl(`${subscriptionPath(tenantId, subscriptionId)}/estimate`, { kind, seats }), signal),
    enabled: seats !== undefined,
  });

export const cancelEstimateQuery = (tenantId: string, subscriptionId: string, enabled: boolean) =>
  queryOptions({
    queryKey: ['license-cancel-estimate', tenantId, subscriptionId],
    queryFn: ({ signal }) => readRoute<{ quantity: number; estimate: LicenseEstimate }>(routeUrl(`${subscriptionPath(tenantId, subscriptionId)}/estimate`, { kind: 'cancel' }), signal),
    enabled,
  });
