'use client';
// The grid's data: GET /api/tenants/{id}/licenses through react-query; failures keep their upstream details.
import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { ActionFailure } from '@/lib/actions/result';
import type { LicensesResponse } from '@/lib/licenses/types';

export class LoadFailure extends Error {
  constructor(readonly failure: ActionFailure) {
    super(failure.error);
  }
}

export const licensesKey = (tenantId: string) => ['licenses', tenantId] as const;

export function useLicenses(tenantId: string, includeTerminated: boolean) {
  return useQuery<LicensesResponse, LoadFailure>({
    queryKey: [...licensesKey(tenantId), includeTerminated],
    queryFn: async ({ signal }) => {
      const res = await fetch(`/api/tenants/${tenantId}/licenses${includeTerminated ? '?terminated=1' : ''}`, { signal, cache: 'no-store' });
      const body = await res.json().catch(() => ({}));
      if (!res.ok) throw new LoadFailure({ ok: false, code: body.code ?? 'FAILED', error: body.error ?? `Loading failed (HTTP ${res.status}).`, upstream: body.upstream });
      return body as LicensesResponse;
    },
    staleTime: 0,
  });
}

export function useRefreshLicenses(tenantId: string) {
  const qc = useQueryClient();
  return () => qc.invalidateQueries({ queryKey: licensesKey(tenantId) });
}
