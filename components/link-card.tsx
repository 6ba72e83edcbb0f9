import Link from 'next/link';
import styles from './link-card.module.css';

/** A card that opens a page: one link, its title and a line under it (server-rendered, no MUI). */
export function LinkCard({ href, title, description }: { href: string; title: string; description?: string }) {
  return (
    <Link href={href} className={styles.card}>
      <span className={styles.title}>{title}</span>
      {description && <span className={styles.description}>{description}</span>}
    </Link>
  );
}

/** Link cards side by side: one column, two from sm, three from lg. */
export function LinkCardGrid({ children }: { children: React.ReactNode }) {
  return <div className={styles.grid}>{children}</div>;
}
