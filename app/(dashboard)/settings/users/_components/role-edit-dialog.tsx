'use client';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import { Controller } from 'react-hook-form';
import { FormDialog } from '@/components/form-dialog';
import { useActionForm } from '@/components/use-action-form';
import { roleLabel } from '@/lib/auth/roles';
import type { CustomRoleDTO } from '@/lib/users/queries';
import { roleUpdateSchema } from '@/lib/validations/roles';
import { editRole } from '../actions';
import { RoleScopeFields, type TenantOption } from './role-scope-fields';

/** Edit a custom role's level, description and tenants; its name stays (users hold it by name). */
export function RoleEditDialog({ role, tenants, onClose, onSaved }: { role: CustomRoleDTO; tenants: TenantOption[]; onClose: () => void; onSaved: () => void }) {
  const { register, control, submitAction, failure, errors, busy } = useActionForm(roleUpdateSchema, {
    id: role.id,
    baseRole: role.baseRole,
    description: role.description ?? '',
    tenantScope: role.tenantScope,
    tenantIds: role.tenantIds,
  });
  const submit = submitAction(editRole, ['baseRole', 'description', 'tenantScope', 'tenantIds'], onSaved);
  return (
    <FormDialog titleId="role-edit-title" title={`Edit the role ${role.name}`} maxWidth="md" submitLabel="Save role" busy={busy} failure={failure} onClose={onClose} onSubmit={submit}>
      <Controller
        control={control}
        name="baseRole"
        render={({ field }) => (
          <TextField select label="Base permission level" size="small" {...field} error={!!errors.baseRole} helperText={errors.baseRole?.message}>
            {(['readonly', 'editor', 'admin'] as const).map((l) => (
              <MenuItem key={l} value={l}>
                {roleLabel[l]}
              </MenuItem>
            ))}
          </TextField>
        )}
      />
      <TextField label="Description" size="small" {...register('description')} error={!!errors.description} helperText={errors.description?.message} />
      <RoleScopeFields control={control} errors={errors} tenants={tenants} />
    </FormDialog>
  );
}
