'use client';
// The signed-in user in the top bar: their name opens a menu with their own settings. A small
// hand-made menu (ARIA menu button pattern) instead of MUI's Menu, Popover and Modal.
import dynamic from 'next/dynamic';
import { useEffect, useId, useRef, useState } from 'react';
import styles from './user-menu.module.css';

// Loaded on first use: the strength estimator's word lists are large.
const ChangePasswordDialog = dynamic(() => import('./change-password-dialog'), { ssr: false });

/** `user.role` is the role's display name ("Super admin"), never its internal key. */
export function UserMenu({ user }: { user: { name: string; email: string; role: string } }) {
  const [open, setOpen] = useState(false);
  const [dialog, setDialog] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLUListElement>(null);
  const id = useId();

  useEffect(() => {
    if (!open) return;
    menu.current?.querySelector<HTMLElement>('[role="menuitem"]')?.focus();
    // A click anywhere else closes the menu, as a click on MUI's backdrop did.
    const outside = (e: PointerEvent) => {
      if (!menu.current?.contains(e.target as Node) && !button.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', outside);
    return () => document.removeEventListener('pointerdown', outside);
  }, [open]);

  const close = () => {
    setOpen(false);
    button.current?.focus();
  };
  return (
    <div className={styles.anchor}>
      <button
        ref={button}
        type="button"
        className={styles.button}
        aria-label={`Account menu for ${user.name}`}
        aria-haspopup="menu"
        aria-expanded={open ? 'true' : undefined}
        aria-controls={open ? id : undefined}
        onClick={() => setOpen((o) => !o)}
      >
        <span className={styles.name} data-testid="current-user">
          {user.name}
        </span>
        <span className={styles.email}>{user.email}</span>
      </button>
      {open && (
        <ul
          ref={menu}
          id={id}
          role="menu"
          aria-label={`Account menu for ${user.name}`}
          className={styles.menu}
          onKeyDown={(e) => {
            if (e.key === 'Escape' || e.key === 'Tab') close();
          }}
        >
          <li role="none" className={styles.who}>
            <span className={styles.email}>Signed in as</span>
            <span className={styles.role} data-testid="menu-role">
              {user.role}
            </span>
          </li>
          <li
            role="menuitem"
            tabIndex={-1}
            className={styles.item}
            onClick={() => {
              setOpen(false);
              setDialog(true);
            }}
            onKeyDown={(e) => {
              if (e.key === 'Enter' || e.key === ' ') {
                e.preventDefault();
                setOpen(false);
                setDialog(true);
              }
            }}
          >
            Change password
          </li>
        </ul>
      )}
      {dialog && <ChangePasswordDialog email={user.email} onClose={() => setDialog(false)} />}
    </div>
  );
}
