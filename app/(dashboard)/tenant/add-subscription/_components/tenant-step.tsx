'use client';
import Autocomplete from '@mui/material/Autocomplete';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { usePathname, useRouter, useSearchParams } from 'next/navigation';
import { Notice } from '@/components/notice';
import type { TenantChoice } from '@/lib/purchase/tenant-choices';

/** Step 1: the current tenant, changeable here or in the top bar; only a mapped tenant continues. */
export function TenantStep({ tenant, tenants }: { tenant: TenantChoice | null; tenants: TenantChoice[] }) {
  const router = useRouter();
  const pathname = usePathname();
  const params = useSearchParams();
  const choose = (t: TenantChoice | null) => {
    const nextParams = new URLSearchParams(params.toString());
    if (t) nextParams.set('tenantFilter', t.defaultDomain);
    else nextParams.delete('tenantFilter');
    router.replace(`${pathname}?${nextParams.toString()}`);
  };
  return (
    <Stack spacing={2} sx={{ maxWidth: 640 }}>
      <Autocomplete
        options={tenants}
        value={tenant}
        onChange={(_, t) => choose(t)}
        getOptionLabel={(t) => t.displayName}
        isOptionEqualToValue={(a, b) => a.tenantId === b.tenantId}
        renderOption={(props, t) => (
          <li {...props} key={t.tenantId}>
            <span>
              {t.displayName}
              <br />
              <small style={{ opacity: 0.7 }}>{t.customerName ? `Billed to ${t.customerName}` : 'Not mapped'}</small>
            </span>
          </li>
        )}
        renderInput={(p) => <TextField {...p} label="Buy for tenant" placeholder="Choose a tenant" />}
      />
      {tenant && tenant.customerName && (
        <Typography data-testid="tenant-billing">
          {tenant.displayName} ({tenant.defaultDomain}) is billed to the Ingram Micro customer <strong>{tenant.customerName}</strong>.
        </Typography>
      )}
      {tenant && !tenant.customerName && (
        <Notice title={`${tenant.displayName} is not mapped to an Ingram Micro customer`} href="/settings/mappings" linkLabel="Map this tenant">
          Only a mapped tenant can buy: map it to the Ingram customer that is billed for it, then come back.
        </Notice>
      )}
      {!tenant && <Notice title="Choose a tenant">Pick the tenant to buy licenses for.</Notice>}
    </Stack>
  );
}
