'use client';
import Autocomplete from '@mui/material/Autocomplete';
import TextField from '@mui/material/TextField';
import { usePathname, useRouter, useSearchParams } from 'next/navigation';
import { useEffect, useMemo } from 'react';
import { rememberTenant } from '@/app/(dashboard)/actions';

export type PickerTenant = { tenantId: string; displayName: string; defaultDomain: string };

/** The current tenant, kept in `?tenantFilter=` (a link opens the same view) and remembered per user. */
export function TenantPicker({ tenants, rememberedTenantId }: { tenants: PickerTenant[]; rememberedTenantId: string | null }) {
  const router = useRouter();
  const pathname = usePathname();
  const params = useSearchParams();
  const filter = params.get('tenantFilter');
  const current = useMemo(
    () => tenants.find((t) => t.defaultDomain === filter?.toLowerCase() || t.tenantId === filter?.toLowerCase()) ?? null,
    [tenants, filter],
  );

  const go = (tenant: PickerTenant | null) => {
    const next = new URLSearchParams(params.toString());
    if (tenant) next.set('tenantFilter', tenant.defaultDomain);
    else next.delete('tenantFilter');
    router.push(`${pathname}?${next.toString()}`);
  };

  // A page opened without a tenant follows the one this user chose last.
  useEffect(() => {
    if (filter || !rememberedTenantId) return;
    const remembered = tenants.find((t) => t.tenantId === rememberedTenantId);
    if (remembered) {
      const next = new URLSearchParams(params.toString());
      next.set('tenantFilter', remembered.defaultDomain);
      router.replace(`${pathname}?${next.toString()}`);
    }
  }, [filter, rememberedTenantId, tenants, params, pathname, router]);

  return (
    <Autocomplete
      sx={{ width: { xs: 200, sm: 320 } }}
      size="small"
      options={tenants}
      value={current}
      onChange={(_, tenant) => {
        go(tenant);
        if (tenant) void rememberTenant({ tenantId: tenant.tenantId });
      }}
      getOptionLabel={(t) => t.displayName}
      isOptionEqualToValue={(a, b) => a.tenantId === b.tenantId}
      renderOption={(props, t) => (
        <li {...props} key={t.tenantId}>
          <span>
            {t.displayName}
            <br />
            <small style={{ opacity: 0.7 }}>{t.defaultDomain}</small>
          </span>
        </li>
      )}
      renderInput={(p) => <TextField {...p} label="Tenant" placeholder="Select a tenant" />}
    />
  );
}
