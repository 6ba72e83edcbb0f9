// The dashboard's frame, rendered on the server in plain CSS (no MUI on the first load): the top bar,
// the navigation rail and the skip link. Only what needs the browser is a client island: the rail's
// links (current page), the mobile drawer, the tenant picker, the colour mode and the user menu.
import Link from 'next/link';
import type { ReactNode } from 'react';
import type { NavSection } from '@/lib/navigation';
import { ColorModeToggle } from './color-mode-toggle';
import styles from './dashboard-shell.module.css';
import b from './plain-button.module.css';
import { MobileNav } from './mobile-nav';
import { NavLinks } from './nav-links';
import { TenantPicker, type PickerTenant } from './tenant-picker';
import { UserMenu } from './user-menu';

type Props = {
  user: { name: string; email: string; role: string };
  sections: NavSection[];
  tenants: PickerTenant[];
  rememberedTenantId: string | null;
  /** The layout's server actions, passed in: shared UI does not import a route's actions. */
  actions: { signOut: () => Promise<void>; rememberTenant: (input: { tenantId: string }) => Promise<unknown> };
  children: ReactNode;
};

const LOGOUT = 'm17 7-1.41 1.41L18.17 11H8v2h10.17l-2.58 2.58L17 17l5-5zM4 5h8V3H4c-1.1 0-2 .9-2 2v14c0 1.1.9 2 2 2h8v-2H4z';

function Rail({ sections }: { sections: NavSection[] }) {
  return (
    <div className={styles.railBody}>
      <Link href="/" className={styles.brand}>
        CIPP&nbsp;<span className={styles.brandAccent}>· Ingram</span>
      </Link>
      {/* No Suspense boundary: the layout is dynamic, so the search params are there on the server, and a boundary
          here was streamed out of place (React outlines one over 500 bytes) and revealed later by a script, which
          also holds back the next streamed reveal (the live CSP Licenses rows) by up to 300 ms. */}
      <NavLinks sections={sections} />
    </div>
  );
}

export function DashboardShell({ user, sections, tenants, rememberedTenantId, actions, children }: Props) {
  return (
    <div className={styles.shell}>
      {/* The first stop of the keyboard: past the navigation, straight to the page. */}
      <a href="#main-content" className={styles.skip}>
        Skip to content
      </a>
      <header className={styles.bar}>
        <MobileNav buttonClassName={`${b.iconButton} ${styles.menuButton}`}>
          <Rail sections={sections} />
        </MobileNav>
        <TenantPicker tenants={tenants} rememberedTenantId={rememberedTenantId} onRemember={actions.rememberTenant} />
        <div className={styles.grow} />
        <ColorModeToggle className={b.iconButton} />
        <UserMenu user={user} />
        <span className={b.chip} data-testid="current-role">
          {user.role}
        </span>
        <form action={actions.signOut}>
          <button type="submit" className={b.iconButton} aria-label="Sign out" title="Sign out">
            <svg className={styles.icon} viewBox="0 0 24 24" aria-hidden="true">
              <path d={LOGOUT} />
            </svg>
          </button>
        </form>
      </header>
      <aside className={styles.rail}>
        <div className={styles.railFixed}>
          <Rail sections={sections} />
        </div>
      </aside>
      <main id="main-content" tabIndex={-1} className={styles.main}>
        {children}
      </main>
    </div>
  );
}
