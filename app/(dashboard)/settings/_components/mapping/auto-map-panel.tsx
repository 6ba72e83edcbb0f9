'use client';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import LinearProgress from '@mui/material/LinearProgress';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { ActionErrorAlert } from '@/components/upstream-error';
import type { ActionFailure } from '@/lib/actions/result';
import type { AutoMapOutcome } from '@/lib/mapping/auto-map';
import type { Proposal } from '@/lib/mapping/match';
import { customerStatusWord, purchaseBlockReason } from '@/lib/purchase/customer-standing';
import { acceptProposalsAction, autoMapBatchAction, finishAutoMapAction, startAutoMapAction } from '../../mappings/actions';
import { AmbiguousList } from './ambiguous-list';
import { ProposalTable, type Selection } from './proposal-table';

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
    <Paper variant="outlined" sx={{ p: 2 }}>
      <Stack spacing={1.5}>
        <Box sx={{ display: 'flex', gap: 2, alignItems: 'center' }}>
          <Button variant="contained" onClick={run} disabled={busy}>
            Auto-map
          </Button>
          <Typography variant="body2" color="text.secondary">
            Proposes mappings by tenant id or domain found at Ingram, then by unique name. Nothing is saved until you accept.
          </Typography>
        </Box>
        {progress && (
          <Box>
            <Typography variant="body2">
              Reading subscriptions: {progress.done} / {progress.total} customers
            </Typography>
            <LinearProgress variant="determinate" value={progress.total ? (100 * progress.done) / progress.total : 100} aria-label="Auto-map progress" />
          </Box>
        )}
        {failure && <ActionErrorAlert failure={failure} onRetry={run} />}
        {outcome && (
          <Stack spacing={1.5} data-testid="auto-map-review">
            <Alert severity={outcome.failed ? 'warning' : 'info'}>
              {outcome.proposals.length} proposal{outcome.proposals.length === 1 ? '' : 's'}, {outcome.ambiguous.length} ambiguous.
              {outcome.failed > 0 && ` ${outcome.failed} customers could not be read${outcome.firstError ? ` (${outcome.firstError.message})` : ''}; run auto-map again to retry them.`}
            </Alert>
            {held.length > 0 && (
              <Alert severity="warning" data-testid="auto-map-held">
                Not ticked: {held.map((p) => `${p.customerName} (${customerStatusWord(p.customerStatus!)})`).join(', ')}. {held.length === 1 ? 'This customer' : 'These customers'} cannot order at
                Ingram Micro now; tick {held.length === 1 ? 'it' : 'them'} only if the mapping is right anyway.
              </Alert>
            )}
            {outcome.proposals.length > 0 && <ProposalTable proposals={outcome.proposals} selection={selection} onSelection={setSelection} />}
            {outcome.ambiguous.length > 0 && <AmbiguousList items={outcome.ambiguous} />}
            <Box sx={{ display: 'flex', gap: 1 }}>
              <Button variant="contained" onClick={() => accept(false)} disabled={busy || selectedCount === 0}>
                Accept selected ({selectedCount})
              </Button>
              <Button onClick={() => accept(true)} disabled={busy || outcome.proposals.length === 0}>
                Accept all ({outcome.proposals.length})
              </Button>
              <Button color="inherit" onClick={() => setOutcome(undefined)} disabled={busy}>
                Discard
              </Button>
            </Box>
          </Stack>
        )}
      </Stack>
    </Paper>
  );
}
