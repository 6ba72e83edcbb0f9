'use client';
// The rail's links: the only part of the navigation that needs the browser (the current page is
// highlighted and tenant pages keep `?tenantFilter=` across a client navigation).
import Link from 'next/link';
import { usePathname, useSearchParams } from 'next/navigation';
import { useId } from 'react';
import type { NavSection } from '@/lib/navigation';
import styles from './nav-links.module.css';

export function NavLinks({ sections }: { sections: NavSection[] }) {
  const pathname = usePathname();
  const tenantFilter = useSearchParams().get('tenantFilter');
  const id = useId();
  return (
    <nav aria-label="Main navigation">
      {sections.map((section, i) => (
        <ul key={section.title} className={styles.list} aria-labelledby={`${id}-${i}`}>
          <li className={styles.subheader} id={`${id}-${i}`} role="presentation">
            {section.title}
          </li>
          {section.items.map((item) => {
            const href = item.tenantScoped && tenantFilter ? `${item.href}?tenantFilter=${encodeURIComponent(tenantFilter)}` : item.href;
            const active = pathname === item.href || pathname.startsWith(`${item.href}/`);
            return (
              <li key={item.href}>
                <Link href={href} className={active ? `${styles.link} ${styles.active}` : styles.link} aria-current={active ? 'page' : undefined}>
                  {item.label}
                </Link>
              </li>
            );
          })}
        </ul>
      ))}
    </nav>
  );
}
