'use client';
// Below the md breakpoint the rail is a drawer: a native modal <dialog> (focus kept inside, Escape and
// the backdrop close it), so no MUI Drawer, Modal or transitions ship with the shell.
import { usePathname } from 'next/navigation';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import styles from './mobile-nav.module.css';

export function MobileNav({ children, buttonClassName }: { children: ReactNode; buttonClassName: string }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [open, setOpen] = useState(false);
  const pathname = usePathname();
  // A link followed from the drawer closes it.
  useEffect(() => dialog.current?.close(), [pathname]);
  useEffect(() => {
    if (open && !dialog.current?.open) dialog.current?.showModal();
  }, [open]);
  return (
    <>
      <button type="button" className={buttonClassName} aria-label="Open navigation" onClick={() => setOpen(true)}>
        <svg className={styles.icon} viewBox="0 0 24 24" aria-hidden="true">
          <path d="M3 18h18v-2H3zm0-5h18v-2H3zm0-7v2h18V6z" />
        </svg>
      </button>
      <dialog
        ref={dialog}
        className={styles.drawer}
        aria-label="Navigation"
        onClose={() => setOpen(false)}
        // A click on the backdrop lands on the dialog element itself.
        onClick={(e) => {
          if (e.target === e.currentTarget) dialog.current?.close();
        }}
      >
        {open && children}
      </dialog>
    </>
  );
}
