'use client';
// A settings list's state: the open dialog, the last success notice, a failed row action,
// and the reload of the list after a change.
import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import type { ActionFailure, ActionResult } from '@/lib/actions/result';

export function useListManager<Dialog>() {
  const router = useRouter();
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [failure, setFailure] = useState<ActionFailure | null>(null);
  const [busy, startTransition] = useTransition();

  /** A change succeeded: the dialog closes, `message` is shown and the list reloads. */
  const done = (message: string) => {
    setDialog(null);
    setFailure(null);
    setNotice(message);
    router.refresh();
  };

  /** Runs a row's action; `message` on success, else its failure is kept. */
  const runRowAction = <T>(action: () => Promise<ActionResult<T>>, message: string) =>
    startTransition(async () => {
      const res = await action();
      if (res.ok) done(message);
      else setFailure(res);
    });

  return { dialog, setDialog, notice, setNotice, failure, setFailure, busy, done, runRowAction };
}
