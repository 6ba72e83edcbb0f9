import type { ReactNode } from 'react';
import styles from './page-header.module.css';

/** A page's title (the h1), an optional line under it and its actions on the right; plain HTML, no MUI. */
export function PageHeader({ title, subtitle, actions }: { title: string; subtitle?: ReactNode; actions?: ReactNode }) {
  return (
    <div className={styles.header}>
      <div className={styles.text}>
        <h1 className={styles.title}>{title}</h1>
        {subtitle && <div className={styles.subtitle}>{subtitle}</div>}
      </div>
      {actions}
    </div>
  );
}
