'use client';
// The grid's data: the inventory's rows the server rendered, revalidated live through
// GET /api/tenants/{id}/licenses once they are older than `staleAfterMs`; failures keep their upstream details.
// The first revalidation takes the live read the server started with the page, when there is one.
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useRef } from 'react';
import type { ActionResult } from '@/lib/actions/result';
import { licensesKey, licensesQuery, LoadFailure } from '@/lib/licenses/queries-client';
import type { LicensesResponse } from '@/lib/licenses/types';

export function useLicenses(tenantId: string, includeTerminated: boolean, initial?: LicensesResponse, staleAfterMs = 60_000, live?: Promise<ActionResult<LicensesResponse>>) {
  const seed = !includeTerminated ? initial : undefined;
  // Taken once: Refresh and later refetches read the GET route again.
  const pending = useRef(live);
  const options = licensesQuery(tenantId, includeTerminated);
  return useQuery({
    ...options,
    queryFn: async (ctx) => {
      const started = includeTerminated ? undefined : pending.current;
      if (!started) return options.queryFn!(ctx);
      pending.current = undefined;
      const res = await started;
      if (!res.ok) throw new LoadFailure(res);
      return res.data;
    },
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
