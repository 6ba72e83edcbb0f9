'use client';
import { zodResolver } from '@hookform/resolvers/zod';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useState, type ReactNode } from 'react';
import { Controller, useForm, type Control } from 'react-hook-form';
import type { z } from 'zod';
import { ActionErrorAlert } from '@/components/upstream-error';
import type { ActionFailure } from '@/lib/actions/result';
import { roleLabel } from '@/lib/auth/roles';
import type { RoleOption, UserDTO } from '@/lib/users/queries';
import { PASSWORD_HINT } from '@/lib/validations/password';
import { userCreateSchema, userPasswordSchema, userUpdateSchema, type UserCreate, type UserPassword, type UserUpdate } from '@/lib/validations/users';
import { addUser, editUser, resetUserPassword } from '../actions';
import { applyFieldErrors } from './form-helpers';

type Done = { onClose: () => void; onDone: (message: string) => void };

function FormDialog({
  title,
  submitLabel,
  busy,
  failure,
  onClose,
  onSubmit,
  children,
}: {
  title: string;
  submitLabel: string;
  busy: boolean;
  failure: ActionFailure | null;
  onClose: () => void;
  onSubmit: () => void;
  children: ReactNode;
}) {
  return (
    <Dialog open onClose={busy ? undefined : onClose} maxWidth="sm" fullWidth aria-labelledby="user-dialog-title">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          onSubmit();
        }}
        noValidate
      >
        <DialogTitle id="user-dialog-title">{title}</DialogTitle>
        <DialogContent>
          <Stack spacing={2} sx={{ pt: 1 }}>
            {failure && <ActionErrorAlert failure={failure} />}
            {children}
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose} disabled={busy}>
            Cancel
          </Button>
          <Button type="submit" variant="contained" disabled={busy}>
            {busy ? 'Saving…' : submitLabel}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}

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
  const [failure, setFailure] = useState<ActionFailure | null>(null);
  const {
    register,
    control,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<UserCreate, unknown, z.output<typeof userCreateSchema>>({
    resolver: zodResolver(userCreateSchema),
    defaultValues: { email: '', name: '', role: 'readonly', password: '' },
  });
  const submit = handleSubmit(async (values) => {
    setFailure(null);
    const res = await addUser(values);
    if (res.ok) onDone(`Added ${values.email}.`);
    else setFailure(applyFieldErrors(res, ['email', 'name', 'role', 'password'], setError));
  });
  return (
    <FormDialog title="Add user" submitLabel="Add user" busy={isSubmitting} failure={failure} onClose={onClose} onSubmit={submit}>
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
  const [failure, setFailure] = useState<ActionFailure | null>(null);
  const {
    register,
    control,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<UserUpdate, unknown, z.output<typeof userUpdateSchema>>({
    resolver: zodResolver(userUpdateSchema),
    defaultValues: { id: user.id, name: user.name, role: user.role },
  });
  const submit = handleSubmit(async (values) => {
    setFailure(null);
    const res = await editUser(values);
    if (res.ok) onDone(`Saved ${user.email}.`);
    else setFailure(applyFieldErrors(res, ['name', 'role'], setError));
  });
  return (
    <FormDialog title={`Edit ${user.email}`} submitLabel="Save" busy={isSubmitting} failure={failure} onClose={onClose} onSubmit={submit}>
      <TextField label="Name" {...register('name')} error={!!errors.name} helperText={errors.name?.message} autoFocus />
      <RoleSelect control={control} roles={roles} error={errors.role?.message} />
    </FormDialog>
  );
}

export function PasswordDialog({ user, onClose, onDone }: Done & { user: UserDTO }) {
  const [failure, setFailure] = useState<ActionFailure | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<UserPassword, unknown, z.output<typeof userPasswordSchema>>({
    resolver: zodResolver(userPasswordSchema),
    defaultValues: { id: user.id, password: '', email: user.email },
  });
  const submit = handleSubmit(async (values) => {
    setFailure(null);
    const res = await resetUserPassword(values);
    if (res.ok) onDone(`Set a new password for ${user.email}.`);
    else setFailure(applyFieldErrors(res, ['password'], setError));
  });
  return (
    <FormDialog title={`Set password for ${user.email}`} submitLabel="Set password" busy={isSubmitting} failure={failure} onClose={onClose} onSubmit={submit}>
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
