'use client';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Divider from '@mui/material/Divider';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useActionState, useState } from 'react';
import { signInWithEntra, signInWithPassword, type SignInState } from '../actions';

export function SignInForm({ callbackUrl, entra }: { callbackUrl: string; entra: boolean }) {
  const [state, action, pending] = useActionState<SignInState, FormData>(signInWithPassword, {});
  // Controlled: what is typed while an answer is on its way is not wiped when that answer arrives.
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  return (
    <Stack spacing={2}>
      <form action={action} noValidate>
        <Stack spacing={2}>
          {state.error && (
            <Alert severity="error" data-testid="signin-error">
              {state.error}
            </Alert>
          )}
          <input type="hidden" name="callbackUrl" value={callbackUrl} />
          <TextField name="email" label="Email" type="email" autoComplete="username" value={email} onChange={(e) => setEmail(e.target.value)} required autoFocus size="medium" />
          <TextField name="password" label="Password" type="password" autoComplete="current-password" value={password} onChange={(e) => setPassword(e.target.value)} required size="medium" />
          <Button type="submit" variant="contained" size="large" disabled={pending}>
            {pending ? 'Signing in…' : 'Sign in'}
          </Button>
        </Stack>
      </form>
      {entra && (
        <>
          <Divider>or</Divider>
          <form action={signInWithEntra}>
            <input type="hidden" name="callbackUrl" value={callbackUrl} />
            <Button type="submit" variant="outlined" fullWidth>
              Sign in with Microsoft
            </Button>
          </form>
        </>
      )}
    </Stack>
  );
}
