'use client';
// Which tenants a custom role sees: all, only the chosen ones, or all but the chosen ones.
import Autocomplete from '@mui/material/Autocomplete';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { Controller, useWatch, type Control, type FieldErrors } from 'react-hook-form';

export type TenantOption = { tenantId: string; displayName: string; defaultDomain: string };
type ScopeValues = { tenantScope: 'all' | 'allow' | 'block'; tenantIds: string[] };

const scopeLabels = { all: 'All tenants', allow: 'Only these tenants', block: 'All tenants except these' } as const;

export function RoleScopeFields<T extends ScopeValues>({ control, errors, tenants }: { control: Control<T>; errors: FieldErrors<T>; tenants: TenantOption[] }) {
  // The generic form is narrowed to its scope fields here.
  const c = control as unknown as Control<ScopeValues>;
  const e = errors as FieldErrors<ScopeValues>;
  const scope = useWatch({ control: c, name: 'tenantScope' });
  const byId = new Map(tenants.map((t) => [t.tenantId, t]));
  return (
    <Stack direction={{ xs: 'column', md: 'row' }} spacing={2} sx={{ alignItems: 'flex-start', flexGrow: 1 }}>
      <Controller
        control={c}
        name="tenantScope"
        render={({ field }) => (
          <TextField select label="Tenant scope" size="small" sx={{ minWidth: 220 }} {...field} error={!!e.tenantScope} helperText={e.tenantScope?.message}>
            {(Object.keys(scopeLabels) as Array<keyof typeof scopeLabels>).map((k) => (
              <MenuItem key={k} value={k}>
                {scopeLabels[k]}
              </MenuItem>
            ))}
          </TextField>
        )}
      />
      {scope !== 'all' && (
        <Controller
          control={c}
          name="tenantIds"
          render={({ field }) => (
            <Autocomplete
              multiple
              size="small"
              sx={{ flexGrow: 1, minWidth: 280 }}
              options={tenants.map((t) => t.tenantId)}
              value={field.value}
              onChange={(_, v) => field.onChange(v)}
              getOptionLabel={(id) => byId.get(id)?.displayName ?? id}
              filterOptions={(options, { inputValue }) => {
                const q = inputValue.trim().toLowerCase();
                return q ? options.filter((id) => [id, byId.get(id)?.displayName ?? '', byId.get(id)?.defaultDomain ?? ''].some((s) => s.toLowerCase().includes(q))) : options;
              }}
              renderInput={(params) => (
                <TextField
                  {...params}
                  label={scope === 'allow' ? 'Tenants the role may see' : 'Tenants the role may not see'}
                  error={!!e.tenantIds}
                  helperText={(e.tenantIds as { message?: string } | undefined)?.message ?? 'Search by name, domain or tenant id'}
                />
              )}
            />
          )}
        />
      )}
    </Stack>
  );
}

export function scopeSummary(scope: ScopeValues['tenantScope'], ids: readonly string[], tenants: TenantOption[]): { label: string; names: string } {
  const byId = new Map(tenants.map((t) => [t.tenantId, t.displayName]));
  const names = ids.map((id) => byId.get(id) ?? `${id} (removed)`).join(', ');
  const n = ids.length;
  if (scope === 'all') return { label: 'All tenants', names: '' };
  return { label: scope === 'allow' ? `Only ${n} tenant${n === 1 ? '' : 's'}` : `All but ${n} tenant${n === 1 ? '' : 's'}`, names };
}
