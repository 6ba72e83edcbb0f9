'use server';
// Sign-in is the one action without a session: it goes through Auth.js, which rate-limits and logs.
import { AuthError, CredentialsSignin } from 'next-auth';
import { signIn } from '@/lib/auth';
import { appOrigin, safeRedirectPath } from '@/lib/auth/redirect';

export type SignInState = { error?: string; email?: string };

// Only paths on this site: never an absolute URL to elsewhere.
async function safeCallback(raw: FormDataEntryValue | null): Promise<string> {
  return safeRedirectPath(raw, await appOrigin());
}

const REFUSALS: Record<string, string> = {
  locked: 'Too many failed sign-ins for this account. Wait 15 minutes and try again.',
  throttled: 'Too many failed sign-ins from your network. Wait 15 minutes and try again.',
};

export async function signInWithPassword(_prev: SignInState, form: FormData): Promise<SignInState> {
  const email = String(form.get('email') ?? '').trim();
  const password = String(form.get('password') ?? '');
  if (!email || !password) return { error: 'Enter your email and password.', email };
  try {
    await signIn('credentials', { email, password, redirectTo: await safeCallback(form.get('callbackUrl')) });
    return {};
  } catch (error) {
    if (error instanceof CredentialsSignin) {
      return { email, error: REFUSALS[error.code] ?? 'Wrong email or password.' };
    }
    if (error instanceof AuthError) return { email, error: 'Sign-in failed. Try again.' };
    throw error; // the redirect after a successful sign-in
  }
}

export async function signInWithEntra(form: FormData): Promise<void> {
  await signIn('microsoft-entra-id', { redirectTo: await safeCallback(form.get('callbackUrl')) });
}
