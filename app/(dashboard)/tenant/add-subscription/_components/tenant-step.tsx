'use client';
import { Notice } from '@/components/notice';
import { TenantCombobox } from '@/components/tenant-combobox';
import { useTenantFilter } from '@/components/tenant-filter';
import { purchaseBlockReason } from '@/lib/purchase/customer-standing';
import type { TenantChoice } from '@/lib/purchase/tenant-choices';
import styles from './tenant-step.module.css';

/** Step 1: the current tenant, changeable here or in the top bar; only a mapped tenant whose customer may order continues. */
export function TenantStep({ tenant, tenants }: { tenant: TenantChoice | null; tenants: TenantChoice[] }) {
  const { setTenant } = useTenantFilter();
  const blocked = tenant?.customerName ? purchaseBlockReason(tenant.customerName, tenant.customerStatus) : null;
  return (
    <div className={styles.step}>
      <TenantCombobox
        options={tenants}
        value={tenant}
        onChange={(t) => setTenant(t, 'replace')}
        caption={(t) => (t.customerName ? `Billed to ${t.customerName}` : 'Not mapped')}
        label="Buy for tenant"
        placeholder="Choose a tenant"
      />
      {blocked && (
        <Notice title={`${tenant!.displayName} cannot buy now`} severity="warning">
          {blocked}
        </Notice>
      )}
      {tenant && tenant.customerName && (
        <p className={styles.billing} data-testid="tenant-billing">
          {tenant.displayName} ({tenant.defaultDomain}) is billed to the Ingram Micro customer <strong>{tenant.customerName}</strong>.
        </p>
      )}
      {tenant && !tenant.customerName && (
        <Notice title={`${tenant.displayName} is not mapped to an Ingram Micro customer`} href="/settings/mappings" linkLabel="Map this tenant">
          Only a mapped tenant can buy: map it to the Ingram customer that is billed for it, then come back.
        </Notice>
      )}
      {!tenant && <Notice title="Choose a tenant">Pick the tenant to buy licenses for.</Notice>}
    </div>
  );
}
