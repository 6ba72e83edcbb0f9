'use client';
// The chosen tenant lives in `?tenantFilter=` (a link opens the same view): read and set it here.
import { usePathname, useRouter, useSearchParams } from 'next/navigation';
import { useCallback } from 'react';

export type PickerTenant = { tenantId: string; displayName: string; defaultDomain: string };

/** The first option, as in CIPP: pages that can show every tenant at once do (`?tenantFilter=all`). */
export const ALL_TENANTS_OPTION: PickerTenant = { tenantId: 'all', displayName: 'All tenants', defaultDomain: 'all' };

/** A technician types whatever they have at hand: the name, the default domain or the tenant id. */
export const tenantSearchText = (t: PickerTenant) => `${t.displayName} ${t.defaultDomain} ${t.tenantId}`;

/** Sets or clears `?tenantFilter=` on the current page, keeping the other parameters. */
export function useTenantFilter(): { filter: string | null; setTenant: (tenant: PickerTenant | null, how?: 'push' | 'replace') => void } {
  const router = useRouter();
  const pathname = usePathname();
  const params = useSearchParams();
  const setTenant = useCallback(
    (tenant: PickerTenant | null, how: 'push' | 'replace' = 'push') => {
      const next = new URLSearchParams(params.toString());
      if (tenant) next.set('tenantFilter', tenant.defaultDomain);
      else next.delete('tenantFilter');
      router[how](`${pathname}?${next.toString()}`);
    },
    [params, pathname, router],
  );
  return { filter: params.get('tenantFilter'), setTenant };
}
