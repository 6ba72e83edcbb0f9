'use client';
import { zodResolver } from '@hookform/resolvers/zod';
import Alert from '@mui/material/Alert';
import Autocomplete, { createFilterOptions } from '@mui/material/Autocomplete';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import LinearProgress from '@mui/material/LinearProgress';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useEffect, useMemo, useState, useTransition } from 'react';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { ActionErrorAlert } from '@/components/upstream-error';
import type { ActionFailure } from '@/lib/actions/result';
import type { MappingRow } from '@/lib/mapping/queries';
import { mappingSchema, type MappingFormInput } from '@/lib/validations/mappings';
import { listCustomersAction, saveMappingAction } from '../../mappings/actions';

type Customer = { id: string; name: string; status?: string };
type Props = { row?: MappingRow; tenants: MappingRow[]; onClose: () => void; onSaved: (message: string) => void };

// 10,000 customers: only the first matches are rendered; typing narrows them (by name or id).
const filterCustomers = createFilterOptions<Customer>({ limit: 50, stringify: (c) => `${c.name} ${c.id}` });

export function MappingDialog({ row, tenants, onClose, onSaved }: Props) {
  const [customers, setCustomers] = useState<Customer[]>();
  const [failure, setFailure] = useState<ActionFailure>();
  const [pending, startTransition] = useTransition();
  const {
    control,
    handleSubmit,
    setError,
    formState: { errors },
  } = useForm<MappingFormInput>({
    resolver: zodResolver(mappingSchema),
    defaultValues: { tenantId: row?.tenantId ?? '', customerId: row?.customerId ?? '' },
  });
  const load = () =>
    startTransition(async () => {
      const r = await listCustomersAction({});
      if (r.ok) setCustomers(r.data);
      else setFailure(r);
    });
  useEffect(load, []);

  // An unmapped tenant is mapped, not changed: the title says what will happen.
  const title = !row ? 'Add a mapping' : row.customerId ? `Change the mapping of ${row.tenantName}` : `Map ${row.tenantName}`;
  const tenantOptions = useMemo(() => (row ? [row] : tenants.filter((t) => !t.customerId)), [row, tenants]);
  const byId = useMemo(() => new Map((customers ?? []).map((c) => [c.id, c])), [customers]);
  const tenantId = useWatch({ control, name: 'tenantId' });
  const customerId = useWatch({ control, name: 'customerId' });
  const alreadyServes = tenants.filter((t) => t.customerId && t.customerId === customerId && t.tenantId !== tenantId).map((t) => t.tenantName);

  const submit = handleSubmit((values) =>
    startTransition(async () => {
      setFailure(undefined);
      const r = await saveMappingAction(values);
      if (!r.ok) {
        for (const [f, m] of Object.entries(r.fieldErrors ?? {})) setError(f as keyof MappingFormInput, { message: m.join(' ') });
        setFailure(r);
        return;
      }
      onSaved(`${tenants.find((t) => t.tenantId === r.data.tenantId)?.tenantName ?? 'The tenant'} is mapped to ${r.data.customerName}.`);
    }),
  );

  return (
    <Dialog open onClose={pending ? undefined : onClose} maxWidth="sm" fullWidth aria-labelledby="mapping-dialog-title">
      <form onSubmit={submit} noValidate>
        <DialogTitle id="mapping-dialog-title">{title}</DialogTitle>
        <DialogContent>
          <Stack spacing={2} sx={{ pt: 1 }}>
            <Controller
              name="tenantId"
              control={control}
              render={({ field }) => (
                <Autocomplete
                  options={tenantOptions}
                  disabled={!!row}
                  value={tenantOptions.find((t) => t.tenantId === field.value) ?? null}
                  getOptionLabel={(t) => `${t.tenantName} (${t.defaultDomain})`}
                  isOptionEqualToValue={(a, b) => a.tenantId === b.tenantId}
                  onChange={(_, t) => field.onChange(t?.tenantId ?? '')}
                  renderInput={(p) => (
                    <TextField {...p} label="Tenant" error={!!errors.tenantId} helperText={errors.tenantId?.message ?? (row ? undefined : 'Only tenants not mapped yet are offered.')} />
                  )}
                />
              )}
            />
            {!customers && !failure && <LinearProgress aria-label="Loading Ingram customers" />}
            <Controller
              name="customerId"
              control={control}
              render={({ field }) => (
                <Autocomplete
                  options={customers ?? []}
                  loading={!customers}
                  value={byId.get(field.value) ?? null}
                  filterOptions={filterCustomers}
                  getOptionLabel={(c) => `${c.name} (${c.id})`}
                  isOptionEqualToValue={(a, b) => a.id === b.id}
                  renderOption={(props, c) => (
                    <li {...props} key={c.id}>
                      {c.name} ({c.id}){c.status && c.status !== 'active' ? ` — ${c.status}` : ''}
                    </li>
                  )}
                  onChange={(_, c) => field.onChange(c?.id ?? '')}
                  renderInput={(p) => (
                    <TextField
                      {...p}
                      label="Ingram customer"
                      error={!!errors.customerId}
                      helperText={errors.customerId?.message ?? (customers ? `Search ${customers.length} customers by name or id.` : 'Loading customers…')}
                    />
                  )}
                />
              )}
            />
            {alreadyServes.length > 0 && <Alert severity="info">This customer already serves {alreadyServes.join(', ')}. One customer may serve several tenants.</Alert>}
            {failure && <ActionErrorAlert failure={failure} onRetry={customers ? undefined : load} />}
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose} disabled={pending}>
            Cancel
          </Button>
          <Button type="submit" variant="contained" disabled={pending || !customers}>
            {pending && customers ? 'Saving…' : 'Save mapping'}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
