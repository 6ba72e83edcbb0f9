import { redirect } from 'next/navigation';
import { SignInForm } from './_components/sign-in-form';
import styles from '@/components/plain-page.module.css';
import { entraEnabled } from '@/lib/auth';
import { getCurrentUser } from '@/lib/auth/current-user';
import { appOrigin, safeRedirectPath } from '@/lib/auth/redirect';

export const metadata = { title: 'Sign in' };

// A Server Component in plain CSS: the first page a person loads carries no MUI runtime, only the small form.
export default async function SignInPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string; error?: string }> }) {
  const { callbackUrl: raw, error } = await searchParams;
  const callbackUrl = safeRedirectPath(raw ?? '/', await appOrigin());
  if (await getCurrentUser()) redirect(callbackUrl);
  return (
    <main className={styles.page}>
      <div className={styles.card}>
        <h1 className={styles.title}>
          CIPP <span className={styles.accent}>· Ingram Micro</span>
        </h1>
        <p className={styles.lead}>Sign in to manage your tenants&apos; licenses.</p>
        {error && (
          <p role="alert" className={`${styles.alert} ${styles.refused}`} data-testid="signin-refused">
            {error === 'AccessDenied' ? 'This Microsoft account may not sign in here. Ask a superadmin to add you as a user.' : 'Sign-in failed. Try again.'}
          </p>
        )}
        <SignInForm callbackUrl={callbackUrl} entra={entraEnabled()} />
      </div>
    </main>
  );
}
