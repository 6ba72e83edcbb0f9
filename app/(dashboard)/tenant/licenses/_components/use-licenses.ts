'use client';
// The grid's data: the inventory's rows the server rendered, revalidated live through
// GET /api/tenants/{id}/licenses once they are older than `staleAfterMs`; failures keep their upstream details.
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { licensesKey, licensesQuery } from '@/lib/licenses/queries-client';
import type { LicensesResponse } from '@/lib/licenses/types';

export function useLicenses(tenantId: string, includeTerminated: boolean, initial?: LicensesResponse, staleAfterMs = 60_000) {
  const seed = !includeTerminated ? initial : undefined;
  return useQuery({
    ...licensesQuery(tenantId, includeTerminated),
    // The inventory's rows carry the time they were read from Ingram: older than the limit, they are revalidated at once.
    initialData: seed,
    initialDataUpdatedAt: seed ? (seed.stale ? 0 : Date.parse(seed.loadedAt)) : undefined,
    staleTime: staleAfterMs,
  });
}

export function useRefreshLicenses(tenantId: string) {
  const qc = useQueryClient();
  return () => qc.invalidateQueries({ queryKey: licensesKey(tenantId) });
}
