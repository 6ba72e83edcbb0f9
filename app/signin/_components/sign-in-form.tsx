'use client';
import { useActionState, useState } from 'react';
import styles from '@/components/plain-page.module.css';
import { signInWithEntra, signInWithPassword, type SignInState } from '../actions';

export function SignInForm({ callbackUrl, entra }: { callbackUrl: string; entra: boolean }) {
  const [state, action, pending] = useActionState<SignInState, FormData>(signInWithPassword, {});
  // Controlled: what is typed while an answer is on its way is not wiped when that answer arrives.
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  return (
    <div className={styles.stack}>
      <form action={action} noValidate className={styles.stack}>
        {state.error && (
          <p role="alert" className={styles.alert} data-testid="signin-error">
            {state.error}
          </p>
        )}
        <input type="hidden" name="callbackUrl" value={callbackUrl} />
        <label className={styles.field}>
          <span className={styles.label}>Email *</span>
          <input className={styles.input} name="email" type="email" autoComplete="username" value={email} onChange={(e) => setEmail(e.target.value)} required autoFocus />
        </label>
        <label className={styles.field}>
          <span className={styles.label}>Password *</span>
          <input className={styles.input} name="password" type="password" autoComplete="current-password" value={password} onChange={(e) => setPassword(e.target.value)} required />
        </label>
        <button type="submit" className={`${styles.button} ${styles.contained}`} disabled={pending}>
          {pending ? 'Signing in…' : 'Sign in'}
        </button>
      </form>
      {entra && (
        <>
          <div className={styles.divider} role="separator">
            or
          </div>
          <form action={signInWithEntra}>
            <input type="hidden" name="callbackUrl" value={callbackUrl} />
            <button type="submit" className={`${styles.button} ${styles.outlined}`}>
              Sign in with Microsoft
            </button>
          </form>
        </>
      )}
    </div>
  );
}
