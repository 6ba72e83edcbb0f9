'use client';
import { zodResolver } from '@hookform/resolvers/zod';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { ActionErrorAlert } from '@/components/upstream-error';
import type { ActionFailure } from '@/lib/actions/result';
import type { TenantDTO } from '@/lib/tenants/queries';
import { tenantInputSchema, type TenantInput } from '@/lib/validations/tenants';
import { addTenant, editTenant } from '../actions';

type Props = { tenant?: TenantDTO; onClose: () => void; onSaved: (t: TenantDTO) => void };
const fields = ['tenantId', 'displayName', 'defaultDomain'] as const;

/** Add or edit one tenant. Editing keeps the tenant id: mappings and orders refer to it. */
export function TenantFormDialog({ tenant, onClose, onSaved }: Props) {
  const [failure, setFailure] = useState<ActionFailure | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<TenantInput, unknown, z.output<typeof tenantInputSchema>>({
    resolver: zodResolver(tenantInputSchema),
    defaultValues: tenant ?? { tenantId: '', displayName: '', defaultDomain: '' },
  });

  const submit = handleSubmit(async (values) => {
    setFailure(null);
    const res = tenant ? await editTenant({ id: tenant.id, displayName: values.displayName, defaultDomain: values.defaultDomain }) : await addTenant(values);
    if (res.ok) return onSaved(res.data);
    // Field errors from the server land on their fields; anything else is shown above them.
    const rest: Record<string, string[]> = {};
    for (const [key, messages] of Object.entries(res.fieldErrors ?? {})) {
      if ((fields as readonly string[]).includes(key)) setError(key as (typeof fields)[number], { message: messages.join(' ') });
      else rest[key] = messages;
    }
    setFailure({ ...res, fieldErrors: Object.keys(rest).length ? rest : undefined });
  });

  return (
    <Dialog open onClose={isSubmitting ? undefined : onClose} maxWidth="sm" fullWidth aria-labelledby="tenant-form-title">
      <form onSubmit={submit} noValidate>
        <DialogTitle id="tenant-form-title">{tenant ? `Edit ${tenant.displayName}` : 'Add tenant'}</DialogTitle>
        <DialogContent>
          <Stack spacing={2} sx={{ pt: 1 }}>
            {failure && <ActionErrorAlert failure={failure} />}
            <TextField
              label="Tenant id"
              {...register('tenantId')}
              error={!!errors.tenantId}
              helperText={errors.tenantId?.message ?? (tenant ? 'The tenant id cannot be changed.' : 'The Microsoft Entra tenant id (a GUID).')}
              slotProps={{ htmlInput: { readOnly: !!tenant, spellCheck: false } }}
              autoFocus={!tenant}
            />
            <TextField label="Display name" {...register('displayName')} error={!!errors.displayName} helperText={errors.displayName?.message} autoFocus={!!tenant} />
            <TextField
              label="Default domain"
              {...register('defaultDomain')}
              error={!!errors.defaultDomain}
              helperText={errors.defaultDomain?.message ?? 'e.g. contoso.onmicrosoft.com'}
              slotProps={{ htmlInput: { spellCheck: false } }}
            />
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose} disabled={isSubmitting}>
            Cancel
          </Button>
          <Button type="submit" variant="contained" disabled={isSubmitting}>
            {isSubmitting ? 'Saving…' : tenant ? 'Save' : 'Add tenant'}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
