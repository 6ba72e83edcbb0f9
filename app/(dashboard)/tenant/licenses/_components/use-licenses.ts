'use client';
// The grid's data: the rows the server rendered (the inventory's, or a live read's), revalidated live through
// GET /api/tenants/{id}/licenses once they are older than `staleAfterMs`; failures keep their upstream details.
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import type { ActionFailure } from '@/lib/actions/result';
import { licensesKey, licensesQuery, LoadFailure } from '@/lib/licenses/queries-client';
import type { LicensesResponse } from '@/lib/licenses/types';

export type LicensesSeed = {
  initial?: LicensesResponse;
  staleAfterMs?: number;
  /** The server is still reading live: show `initial` as it is, fetch nothing (its rows replace this view). */
  pending?: boolean;
  /** The server's live read failed: the first fetch reports it instead of asking again. */
  failure?: ActionFailure;
};

export function useLicenses(tenantId: string, includeTerminated: boolean, { initial, staleAfterMs = 60_000, pending = false, failure }: LicensesSeed = {}) {
  const seed = !includeTerminated ? initial : undefined;
  const waiting = pending && !includeTerminated;
  const options = licensesQuery(tenantId, includeTerminated);
  // While waiting, a key of its own: the cache's real entry is left for the rows the server is reading.
  const queryKey = waiting ? ([...options.queryKey, 'server-read'] as unknown as typeof options.queryKey) : options.queryKey;
  // A failed live read is reported at once, over whatever the inventory had.
  const updatedAt = seed ? (seed.stale || failure ? 0 : Date.parse(seed.loadedAt)) : undefined;
  const qc = useQueryClient();
  // Rows newer than what the cache holds (a visit earlier in this session) replace them, once, as hydration would.
  useState(() => {
    const held = qc.getQueryState(queryKey);
    if (!waiting && seed && updatedAt && held && held.dataUpdatedAt < updatedAt) qc.setQueryData(queryKey, seed, { updatedAt });
  });
  // Taken once: Refresh and later refetches read the GET route again.
  const reported = useRef(includeTerminated ? undefined : failure);
  return useQuery({
    ...options,
    queryKey,
    queryFn: async (ctx) => {
      const failed = includeTerminated ? undefined : reported.current;
      if (!failed) return options.queryFn!(ctx);
      reported.current = undefined;
      throw new LoadFailure(failed);
    },
    enabled: !waiting,
    // The inventory's rows carry the time they were read from Ingram: older than the limit, they are revalidated at once.
    initialData: seed,
    initialDataUpdatedAt: updatedAt,
    staleTime: staleAfterMs,
  });
}

export function useRefreshLicenses(tenantId: string) {
  const qc = useQueryClient();
  return () => qc.invalidateQueries({ queryKey: licensesKey(tenantId) });
}
