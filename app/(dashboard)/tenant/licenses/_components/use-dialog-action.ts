'use client';
// A license dialog's confirm: busy while the action runs, its failure kept to show under the facts.
import { useState } from 'react';
import type { ActionFailure, ActionResult } from '@/lib/actions/result';

export function useDialogAction() {
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<ActionFailure | null>(null);
  /** Runs `action`; its data goes to `onOk`, or its failure is kept. */
  const run = async <T>(action: () => Promise<ActionResult<T>>, onOk: (data: T) => void) => {
    setBusy(true);
    setFailure(null);
    try {
      const res = await action();
      if (res.ok) onOk(res.data);
      else setFailure(res);
    } finally {
      setBusy(false);
    }
  };
  return { busy, failure, run };
}
