import Link from 'next/link';
import styles from '@/components/plain-page.module.css';

// Plain HTML and CSS: this boundary sits in the root layout, so its scripts would load with every page.
export default function NotFound() {
  return (
    <main className={styles.page}>
      <div className={`${styles.card} ${styles.centered}`}>
        <h1 className={styles.title}>Page not found</h1>
        <p className={styles.lead}>The link may be old, or the item was removed.</p>
        <Link href="/" className={styles.link}>
          Back to the dashboard
        </Link>
      </div>
    </main>
  );
}
