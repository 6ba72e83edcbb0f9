'use client';
import dynamic from 'next/dynamic';
import { useState } from 'react';
import b from '@/components/plain-button.module.css';
import { ActionErrorAlert } from '@/components/upstream-error';
import type { ActionFailure } from '@/lib/actions/result';
import type { AutoMapOutcome } from '@/lib/mapping/auto-map';
import type { Proposal } from '@/lib/mapping/match';
import { purchaseBlockReason } from '@/lib/purchase/customer-standing';
import { acceptProposalsAction, autoMapBatchAction, finishAutoMapAction, startAutoMapAction } from '../../mappings/actions';
import s from './mapping.module.css';
import type { Selection } from './proposal-table';

// Progress and the review list (MUI, the proposals grid) load with the first scan; `loading` gives them their own Suspense boundary.
const AutoMapResults = dynamic(() => import('./auto-map-results').then((m) => m.AutoMapResults), { loading: () => null });

const BATCH = 100;
const cannotOrder = (p: Proposal) => purchaseBlockReason(p.customerName, p.customerStatus) !== null;

/** Auto-map: scan with progress, then a review list; nothing is saved until the admin accepts. */
export function AutoMapPanel({ onSaved }: { onSaved: (message: string) => void }) {
  const [progress, setProgress] = useState<{ done: number; total: number }>();
  const [outcome, setOutcome] = useState<AutoMapOutcome>();
  const [selection, setSelection] = useState<Selection>({ type: 'exclude', ids: new Set() });
  const [failure, setFailure] = useState<ActionFailure>();
  const [busy, setBusy] = useState(false);

  async function run() {
    setBusy(true);
    setFailure(undefined);
    setOutcome(undefined);
    try {
      const plan = await startAutoMapAction({});
      if (!plan.ok) return setFailure(plan);
      const { scanId, customerIds } = plan.data;
      setProgress({ done: 0, total: customerIds.length });
      for (let i = 0; i < customerIds.length; i += BATCH) {
        const batch = await autoMapBatchAction({ scanId, customerIds: customerIds.slice(i, i + BATCH) });
        if (!batch.ok) return setFailure(batch);
        setProgress({ done: Math.min(i + BATCH, customerIds.length), total: customerIds.length });
      }
      const result = await finishAutoMapAction({ scanId });
      if (!result.ok) return setFailure(result);
      // A customer that cannot order (on hold, cancelled, pending) is not ticked: the admin decides.
      setSelection({ type: 'exclude', ids: new Set(result.data.proposals.filter((p) => cannotOrder(p)).map((p) => p.tenantId)) });
      setOutcome(result.data);
    } finally {
      setBusy(false);
      setProgress(undefined);
    }
  }

  async function accept(all: boolean) {
    if (!outcome) return;
    const chosen = outcome.proposals.filter((p) => all || (selection.type === 'include' ? selection.ids.has(p.tenantId) : !selection.ids.has(p.tenantId)));
    if (chosen.length === 0) return;
    setBusy(true);
    const r = await acceptProposalsAction({ items: chosen.map(({ tenantId, customerId, method }) => ({ tenantId, customerId, method })) });
    setBusy(false);
    if (!r.ok) return setFailure(r);
    setOutcome(undefined);
    onSaved(`${r.data.saved} mapping${r.data.saved === 1 ? '' : 's'} saved${r.data.skipped ? `, ${r.data.skipped} skipped (mapped meanwhile or gone)` : ''}.`);
  }

  const held = outcome ? outcome.proposals.filter(cannotOrder) : [];
  const selectedCount = !outcome ? 0 : selection.type === 'include' ? selection.ids.size : outcome.proposals.length - selection.ids.size;
  return (
    <div className={s.panel}>
      <div className={s.row}>
        <button type="button" className={`${b.button} ${b.contained}`} onClick={run} disabled={busy}>
          Auto-map
        </button>
        <p className={s.hint}>Proposes mappings by tenant id or domain found at Ingram, then by unique name. Nothing is saved until you accept.</p>
      </div>
      {failure && <ActionErrorAlert failure={failure} onRetry={run} />}
      {(progress || outcome) && (
        <AutoMapResults
          progress={progress}
          outcome={outcome}
          held={held}
          selection={selection}
          onSelection={setSelection}
          selectedCount={selectedCount}
          busy={busy}
          onAccept={accept}
          onDiscard={() => setOutcome(undefined)}
        />
      )}
    </div>
  );
}
