'use client';
// The grid's data: GET /api/tenants/{id}/licences through react-query; failures keep their upstream details.
import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { ActionFailure } from '@/lib/actions/result';
import type { LicencesResponse } from '@/lib/licences/types';

export class LoadFailure extends Error {
  constructor(readonly failure: ActionFailure) {
    super(failure.error);
  }
}

export const licencesKey = (tenantId: string) => ['licences', tenantId] as const;

export function useLicences(tenantId: string, includeTerminated: boolean) {
  return useQuery<LicencesResponse, LoadFailure>({
    queryKey: [...licencesKey(tenantId), includeTerminated],
    queryFn: async ({ signal }) => {
      const res = await fetch(`/api/tenants/${tenantId}/licences${includeTerminated ? '?terminated=1' : ''}`, { signal, cache: 'no-store' });
      const body = await res.json().catch(() => ({}));
      if (!res.ok) throw new LoadFailure({ ok: false, code: body.code ?? 'FAILED', error: body.error ?? `Loading failed (HTTP ${res.status}).`, upstream: body.upstream });
      return body as LicencesResponse;
    },
    staleTime: 0,
  });
}

export function useRefreshLicences(tenantId: string) {
  const qc = useQueryClient();
  return () => qc.invalidateQueries({ queryKey: licencesKey(tenantId) });
}
