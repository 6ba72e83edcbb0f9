'use client';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import { Controller, type Control } from 'react-hook-form';
import { FormDialog } from '@/components/form-dialog';
import { useActionForm } from '@/components/use-action-form';
import { roleLabel } from '@/lib/auth/roles';
import type { RoleOption, UserDTO } from '@/lib/users/queries';
import { PASSWORD_HINT } from '@/lib/validations/password';
import { userCreateSchema, userPasswordSchema, userUpdateSchema } from '@/lib/validations/users';
import { addUser, editUser, resetUserPassword } from '../actions';

type Done = { onClose: () => void; onDone: (message: string) => void };

function RoleSelect<T extends { role: string }>({ control, roles, error }: { control: Control<T>; roles: RoleOption[]; error?: string }) {
  return (
    <Controller
      control={control as unknown as Control<{ role: string }>}
      name="role"
      render={({ field }) => (
        <TextField select label="Role" {...field} error={!!error} helperText={error ?? 'Custom roles have the permissions of their base level.'}>
          {roles.map((r) => (
            <MenuItem key={r.name} value={r.name}>
              {r.custom ? `${r.name} (as ${roleLabel[r.level]})` : roleLabel[r.level]}
            </MenuItem>
          ))}
        </TextField>
      )}
    />
  );
}

export function AddUserDialog({ roles, onClose, onDone }: Done & { roles: RoleOption[] }) {
  const { register, control, submitAction, failure, errors, busy } = useActionForm(userCreateSchema, { email: '', name: '', role: 'readonly', password: '' });
  const submit = submitAction(addUser, ['email', 'name', 'role', 'password'], (_, values) => onDone(`Added ${values.email}.`));
  return (
    <FormDialog titleId="user-dialog-title" title="Add user" submitLabel="Add user" busy={busy} failure={failure} onClose={onClose} onSubmit={submit}>
      <TextField label="Email" type="email" {...register('email')} error={!!errors.email} helperText={errors.email?.message} autoFocus />
      <TextField label="Name" {...register('name')} error={!!errors.name} helperText={errors.name?.message} />
      <RoleSelect control={control} roles={roles} error={errors.role?.message} />
      <TextField
        label="Password"
        type="password"
        autoComplete="new-password"
        {...register('password')}
        error={!!errors.password}
        helperText={errors.password?.message ?? `${PASSWORD_HINT} Give it to the user in person.`}
      />
    </FormDialog>
  );
}

export function EditUserDialog({ user, roles, onClose, onDone }: Done & { user: UserDTO; roles: RoleOption[] }) {
  const { register, control, submitAction, failure, errors, busy } = useActionForm(userUpdateSchema, { id: user.id, name: user.name, role: user.role });
  const submit = submitAction(editUser, ['name', 'role'], () => onDone(`Saved ${user.email}.`));
  return (
    <FormDialog titleId="user-dialog-title" title={`Edit ${user.email}`} submitLabel="Save" busy={busy} failure={failure} onClose={onClose} onSubmit={submit}>
      <TextField label="Name" {...register('name')} error={!!errors.name} helperText={errors.name?.message} autoFocus />
      <RoleSelect control={control} roles={roles} error={errors.role?.message} />
    </FormDialog>
  );
}

export function PasswordDialog({ user, onClose, onDone }: Done & { user: UserDTO }) {
  const { register, submitAction, failure, errors, busy } = useActionForm(userPasswordSchema, { id: user.id, password: '', email: user.email });
  const submit = submitAction(resetUserPassword, ['password'], () => onDone(`Set a new password for ${user.email}.`));
  return (
    <FormDialog titleId="user-dialog-title" title={`Set password for ${user.email}`} submitLabel="Set password" busy={busy} failure={failure} onClose={onClose} onSubmit={submit}>
      <TextField
        label="New password"
        type="password"
        autoComplete="new-password"
        {...register('password')}
        error={!!errors.password}
        helperText={errors.password?.message ?? PASSWORD_HINT}
        autoFocus
      />
    </FormDialog>
  );
}
