import Link from 'next/link';
import type { ReactNode } from 'react';
import styles from './tile.module.css';

/** A dashboard tile: a title and lines whose numbers open the list behind them (server-rendered, no MUI). */
export function Tile({ title, children, wide }: { title: string; children: ReactNode; wide?: boolean }) {
  return (
    <section aria-label={title} className={wide ? `${styles.tile} ${styles.wide}` : styles.tile}>
      <h2 className={styles.title}>{title}</h2>
      {children}
    </section>
  );
}

/** "<number> <label>" where the number links to the filtered view it counts. */
export function TileLine({ value, label, href }: { value: ReactNode; label: string; href?: string }) {
  return (
    <p className={styles.line}>
      {href ? (
        <Link href={href} className={styles.value} aria-label={`${label}: ${typeof value === 'string' || typeof value === 'number' ? value : ''}`.trim()}>
          {value}
        </Link>
      ) : (
        <strong>{value}</strong>
      )}{' '}
      {label}
    </p>
  );
}

/** A small heading inside a tile ("Next 30 days"). */
export function TileOverline({ children }: { children: ReactNode }) {
  return <p className={styles.overline}>{children}</p>;
}

/** The tiles' responsive grid: one column, two from md, three from lg. */
export function TileGrid({ children }: { children: ReactNode }) {
  return <div className={styles.grid}>{children}</div>;
}
