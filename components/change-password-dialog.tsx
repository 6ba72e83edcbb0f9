'use client';
// The signed-in user's own password: current one, new one twice; every field's error shown.
import { zodResolver } from '@hookform/resolvers/zod';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useState } from 'react';
import { useForm, type Path } from 'react-hook-form';
import type { z } from 'zod';
import { changeOwnPasswordAction } from '@/app/(dashboard)/actions';
import type { ActionFailure } from '@/lib/actions/result';
import { PASSWORD_HINT } from '@/lib/validations/password';
import { ownPasswordSchema, type OwnPassword } from '@/lib/validations/users';
import { ActionErrorAlert } from './upstream-error';

const FIELDS = ['currentPassword', 'password', 'confirm'] as const;

export default function ChangePasswordDialog({ email, onClose }: { email: string; onClose: () => void }) {
  const [failure, setFailure] = useState<ActionFailure | null>(null);
  const [done, setDone] = useState(false);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<OwnPassword, unknown, z.output<typeof ownPasswordSchema>>({
    resolver: zodResolver(ownPasswordSchema),
    defaultValues: { currentPassword: '', password: '', confirm: '', email },
  });
  const submit = handleSubmit(async (values) => {
    setFailure(null);
    const res = await changeOwnPasswordAction(values);
    if (res.ok) return setDone(true);
    const rest: Record<string, string[]> = {};
    for (const [key, messages] of Object.entries(res.fieldErrors ?? {})) {
      if ((FIELDS as readonly string[]).includes(key)) setError(key as Path<OwnPassword>, { message: messages.join(' ') });
      else rest[key] = messages;
    }
    setFailure({ ...res, fieldErrors: Object.keys(rest).length ? rest : undefined });
  });
  return (
    <Dialog open onClose={isSubmitting ? undefined : onClose} maxWidth="xs" fullWidth aria-labelledby="own-password-title">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
        noValidate
      >
        <DialogTitle id="own-password-title">Change password</DialogTitle>
        <DialogContent>
          {done ? (
            <Alert severity="success" data-testid="password-changed">
              Your password was changed. Sign in with it from now on.
            </Alert>
          ) : (
            <Stack spacing={2} sx={{ pt: 1 }}>
              {failure && <ActionErrorAlert failure={failure} />}
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
            </Stack>
          )}
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose} disabled={isSubmitting}>
            {done ? 'Close' : 'Cancel'}
          </Button>
          {!done && (
            <Button type="submit" variant="contained" disabled={isSubmitting}>
              {isSubmitting ? 'Saving…' : 'Change password'}
            </Button>
          )}
        </DialogActions>
      </form>
    </Dialog>
  );
}
