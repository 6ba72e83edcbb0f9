'use client';
import TextField from '@mui/material/TextField';
import { FormDialog } from '@/components/form-dialog';
import { useActionForm } from '@/components/use-action-form';
import type { TenantDTO } from '@/lib/tenants/queries';
import { tenantInputSchema, type TenantInput } from '@/lib/validations/tenants';
import { addTenant, editTenant } from '../actions';

type Props = { tenant?: TenantDTO; onClose: () => void; onSaved: (t: TenantDTO) => void };

/** Add or edit one tenant. Editing keeps the tenant id: mappings and orders refer to it. */
export function TenantFormDialog({ tenant, onClose, onSaved }: Props) {
  const { register, submitAction, failure, errors, busy } = useActionForm(tenantInputSchema, tenant ?? { tenantId: '', displayName: '', defaultDomain: '' });

  const save = (values: TenantInput) => (tenant ? editTenant({ id: tenant.id, displayName: values.displayName, defaultDomain: values.defaultDomain }) : addTenant(values));
  const submit = submitAction(save, ['tenantId', 'displayName', 'defaultDomain'], onSaved);

  return (
    <FormDialog
      titleId="tenant-form-title"
      title={tenant ? `Edit ${tenant.displayName}` : 'Add tenant'}
      submitLabel={tenant ? 'Save' : 'Add tenant'}
      busy={busy}
      failure={failure}
      onClose={onClose}
      onSubmit={submit}
    >
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
    </FormDialog>
  );
}
