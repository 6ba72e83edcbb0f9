'use client';
// The last line of defence inside the dashboard: never a framework error screen. Pages show
// upstream errors themselves; this catches anything they did not expect, with a way back. Plain HTML:
// it renders outside the routes' MUI providers and is part of every dashboard page's first load.
import Link from 'next/link';
import styles from './error.module.css';

export default function DashboardError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div role="alert" data-testid="page-error" className={styles.alert}>
      <div className={styles.title}>This page could not be shown</div>
      Something went wrong while preparing it. Try again; if it keeps happening, give this reference to your administrator
      {error.digest ? (
        <>
          : <code>{error.digest}</code>
        </>
      ) : null}
      .
      <div className={styles.actions}>
        <button type="button" className={`${styles.button} ${styles.outlined}`} onClick={() => reset()}>
          Try again
        </button>
        <Link href="/" className={styles.button}>
          Dashboard
        </Link>
      </div>
    </div>
  );
}
