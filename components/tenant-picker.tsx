'use client';
// The top bar's tenant chooser: the current tenant, kept in `?tenantFilter=` (a link opens the same
// view) and remembered per user. Plain HTML (tenant-combobox.tsx): every dashboard page loads it first.
import { useEffect, useMemo } from 'react';
import { TenantCombobox } from './tenant-combobox';
import { ALL_TENANTS_OPTION, useTenantFilter, type PickerTenant } from './tenant-filter';
import styles from './tenant-picker.module.css';

export type { PickerTenant } from './tenant-filter';

type Props = { tenants: PickerTenant[]; rememberedTenantId: string | null; onRemember: (input: { tenantId: string }) => Promise<unknown> };

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
    <TenantCombobox
      className={styles.picker}
      options={options}
      value={current}
      onChange={(tenant) => {
        setTenant(tenant);
        if (tenant !== ALL_TENANTS_OPTION) void onRemember({ tenantId: tenant.tenantId });
      }}
      caption={(t) => (t === ALL_TENANTS_OPTION ? 'Every mapped tenant, from the inventory' : t.defaultDomain)}
      label="Tenant"
      placeholder="Select a tenant"
    />
  );
}
