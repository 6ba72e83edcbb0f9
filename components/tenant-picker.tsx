'use client';
import Autocomplete, { createFilterOptions } from '@mui/material/Autocomplete';
import TextField from '@mui/material/TextField';
import { usePathname, useRouter, useSearchParams } from 'next/navigation';
import { useCallback, useEffect, useMemo } from 'react';

export type PickerTenant = { tenantId: string; displayName: string; defaultDomain: string };

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

type AutocompleteProps<T extends PickerTenant> = {
  options: T[];
  value: T | null;
  onChange: (tenant: T | null) => void;
  /** The second line of an option: the domain, or what the tenant is billed to. */
  caption: (tenant: T) => string;
  label: string;
  placeholder: string;
  size?: 'small' | 'medium';
  sx?: object;
};

/** A tenant chooser: name on the first line, a caption on the second; found by name, domain or tenant id. */
export function TenantAutocomplete<T extends PickerTenant>({ options, value, onChange, caption, label, placeholder, size, sx }: AutocompleteProps<T>) {
  // A technician types whatever they have at hand: the name, the default domain or the tenant id.
  const filterTenants = useMemo(() => createFilterOptions<T>({ stringify: (t) => `${t.displayName} ${t.defaultDomain} ${t.tenantId}` }), []);
  return (
    <Autocomplete
      sx={sx}
      size={size}
      options={options}
      value={value}
      onChange={(_, tenant) => onChange(tenant)}
      filterOptions={filterTenants}
      getOptionLabel={(t) => t.displayName}
      isOptionEqualToValue={(a, b) => a.tenantId === b.tenantId}
      renderOption={(props, t) => (
        <li {...props} key={t.tenantId}>
          <span>
            {t.displayName}
            <br />
            <small style={{ opacity: 0.7 }}>{caption(t)}</small>
          </span>
        </li>
      )}
      renderInput={(p) => <TextField {...p} label={label} placeholder={placeholder} />}
    />
  );
}

type Props = { tenants: PickerTenant[]; rememberedTenantId: string | null; onRemember: (input: { tenantId: string }) => Promise<unknown> };

/** The first option, as in CIPP: pages that can show every tenant at once do (`?tenantFilter=all`). */
export const ALL_TENANTS_OPTION: PickerTenant = { tenantId: 'all', displayName: 'All tenants', defaultDomain: 'all' };

/** The current tenant, kept in `?tenantFilter=` (a link opens the same view) and remembered per user through `onRemember`. */
export function TenantPicker({ tenants, rememberedTenantId, onRemember }: Props) {
  const { filter, setTenant } = useTenantFilter();
  const options = useMemo(() => [ALL_TENANTS_OPTION, ...tenants], [tenants]);
  const current = useMemo(() => options.find((t) => t.defaultDomain === filter?.toLowerCase() || t.tenantId === filter?.toLowerCase()) ?? null, [options, filter]);

  // A page opened without a tenant follows the one this user chose last.
  const remembered = !filter && rememberedTenantId ? tenants.find((t) => t.tenantId === rememberedTenantId) : undefined;
  useEffect(() => {
    if (remembered) setTenant(remembered, 'replace');
  }, [remembered, setTenant]);

  return (
    <TenantAutocomplete
      sx={{ width: { xs: 200, sm: 320 } }}
      size="small"
      options={options}
      value={current}
      onChange={(tenant) => {
        setTenant(tenant);
        if (tenant && tenant !== ALL_TENANTS_OPTION) void onRemember({ tenantId: tenant.tenantId });
      }}
      caption={(t) => (t === ALL_TENANTS_OPTION ? 'Every mapped tenant, from the inventory' : t.defaultDomain)}
      label="Tenant"
      placeholder="Select a tenant"
    />
  );
}
