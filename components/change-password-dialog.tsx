'use client';
// The signed-in user's own password: current one, new one twice; every field's error shown.
import Alert from '@mui/material/Alert';
import TextField from '@mui/material/TextField';
import { useState } from 'react';
import { changeOwnPasswordAction } from '@/app/(dashboard)/actions';
import { PASSWORD_HINT } from '@/lib/validations/password';
import { ownPasswordSchema } from '@/lib/validations/users';
import { FormDialog } from './form-dialog';
import { Providers } from './providers';
import { useActionForm } from './use-action-form';

// Opened from the shell's user menu, outside any route's MUI providers: it brings its own.
export default function ChangePasswordDialog(props: { email: string; onClose: () => void }) {
  return (
    <Providers>
      <ChangePasswordForm {...props} />
    </Providers>
  );
}

function ChangePasswordForm({ email, onClose }: { email: string; onClose: () => void }) {
  const [done, setDone] = useState(false);
  const { register, submitAction, failure, errors, busy } = useActionForm(ownPasswordSchema, { currentPassword: '', password: '', confirm: '', email });
  const submit = submitAction(changeOwnPasswordAction, ['currentPassword', 'password', 'confirm'], () => setDone(true));
  return (
    <FormDialog
      titleId="own-password-title"
      title="Change password"
      maxWidth="xs"
      submitLabel="Change password"
      busy={busy}
      failure={failure}
      done={
        done && (
          <Alert severity="success" data-testid="password-changed">
            Your password was changed. Sign in with it from now on.
          </Alert>
        )
      }
      onClose={onClose}
      onSubmit={submit}
    >
      <TextField
        label="Current password"
        type="password"
        autoComplete="current-password"
        {...register('currentPassword')}
        error={!!errors.currentPassword}
        helperText={errors.currentPassword?.message}
        autoFocus
      />
      <TextField label="New password" type="password" autoComplete="new-password" {...register('password')} error={!!errors.password} helperText={errors.password?.message ?? PASSWORD_HINT} />
      <TextField label="Repeat the new password" type="password" autoComplete="new-password" {...register('confirm')} error={!!errors.confirm} helperText={errors.confirm?.message} />
    </FormDialog>
  );
}
