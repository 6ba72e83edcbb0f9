'use server';
// Sign-in is the one action without a session: it goes through Auth.js, which rate-limits and logs.
import { AuthError, CredentialsSignin } from 'next-auth';
import { signIn } from '@/lib/auth';

export type SignInState = { error?: string; email?: string };

function safeCallback(raw: FormDataEntryValue | null): string {
  const value = typeof raw === 'string' ? raw : '/';
  // Only paths on this site: never an absolute URL to elsewhere.
  return value.startsWith('/') && !value.startsWith('//') ? value : '/';
}

export async function signInWithPassword(_prev: SignInState, form: FormData): Promise<SignInState> {
  const email = String(form.get('email') ?? '').trim();
  const password = String(form.get('password') ?? '');
  if (!email || !password) return { error: 'Enter your email and password.', email };
  try {
    await signIn('credentials', { email, password, redirectTo: safeCallback(form.get('callbackUrl')) });
    return {};
  } catch (error) {
    if (error instanceof CredentialsSignin) {
      return {
        email,
        error: error.code === 'locked' ? 'Too many failed sign-ins for this account. Wait 15 minutes and try again.' : 'Wrong email or password.',
      };
    }
    if (error instanceof AuthError) return { email, error: 'Sign-in failed. Try again.' };
    throw error; // the redirect after a successful sign-in
  }
}

export async function signInWithEntra(form: FormData): Promise<void> {
  await signIn('microsoft-entra-id', { redirectTo: safeCallback(form.get('callbackUrl')) });
}
