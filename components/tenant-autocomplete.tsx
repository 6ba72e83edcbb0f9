'use client';
import Autocomplete, { createFilterOptions } from '@mui/material/Autocomplete';
import TextField from '@mui/material/TextField';
import { useMemo } from 'react';
import { tenantSearchText, type PickerTenant } from './tenant-filter';

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

/** A tenant chooser in forms: name on the first line, a caption on the second; found by name, domain or tenant id. */
export function TenantAutocomplete<T extends PickerTenant>({ options, value, onChange, caption, label, placeholder, size, sx }: AutocompleteProps<T>) {
  const filterTenants = useMemo(() => createFilterOptions<T>({ stringify: tenantSearchText }), []);
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
