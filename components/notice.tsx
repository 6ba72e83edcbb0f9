import Link from 'next/link';
import type { ReactNode } from 'react';
import styles from './notice.module.css';

const ICON = {
  info: 'M11,9H13V7H11M12,20C7.59,20 4,16.41 4,12C4,7.59 7.59,4 12,4C16.41,4 20,7.59 20, 12C20,16.41 16.41,20 12,20M12,2A10,10 0 0,0 2,12A10,10 0 0,0 12,22A10,10 0 0,0 22,12A10, 10 0 0,0 12,2M11,17H13V11H11V17Z',
  warning: 'M12 5.99L19.53 19H4.47L12 5.99M12 2L1 21h22L12 2zm1 14h-2v2h2v-2zm0-6h-2v4h2v-4z',
};

/**
 * A calm explanation with one way forward: no tenant chosen, tenant not mapped, integration off. MUI's
 * standard Alert look in plain HTML and the theme's CSS variables, so a page showing only this ships no MUI.
 */
export function Notice({ title, children, href, linkLabel, severity = 'info' }: { title: string; children: ReactNode; href?: string; linkLabel?: string; severity?: 'info' | 'warning' }) {
  return (
    <div role="alert" className={`${styles.notice} ${styles[severity]}`}>
      <svg className={styles.icon} viewBox="0 0 24 24" aria-hidden="true">
        <path d={ICON[severity]} />
      </svg>
      <div className={styles.message}>
        <div className={styles.title}>{title}</div>
        {children}
      </div>
      {href && (
        <div className={styles.action}>
          <Link href={href} className={styles.button}>
            {linkLabel}
          </Link>
        </div>
      )}
    </div>
  );
}
