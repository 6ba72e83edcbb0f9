'use client';
// The grid's data: GET /api/tenants/{id}/licenses through react-query; failures keep their upstream details.
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { licensesKey, licensesQuery } from '@/lib/licenses/queries-client';

export function useLicenses(tenantId: string, includeTerminated: boolean) {
  return useQuery(licensesQuery(tenantId, includeTerminated));
}

export function useRefreshLicenses(tenantId: string) {
  const qc = useQueryClient();
  return () => qc.invalidateQueries({ queryKey: licensesKey(tenantId) });
}
