'use client';
import dynamic from 'next/dynamic';
import { useState } from 'react';
import type { ConfirmDialogProps } from './confirm-dialog-body';

// MUI's Dialog loads when the dialog first opens, not with the page (issue 20).
// `loading` gives it its own Suspense boundary: without one, next/dynamic suspends the nearest outer boundary and hides the page.
const ConfirmDialogBody = dynamic(() => import('./confirm-dialog-body').then((m) => m.ConfirmDialogBody), { loading: () => null });

/** Every change with a cost or a loss goes through one of these. */
export function ConfirmDialog(props: ConfirmDialogProps) {
  // Once opened it stays mounted, so closing plays MUI's exit transition and restores focus.
  const [opened, setOpened] = useState(props.open);
  if (props.open && !opened) setOpened(true);
  return opened ? <ConfirmDialogBody {...props} /> : null;
}
