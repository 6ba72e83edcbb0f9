'use client';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import LinearProgress from '@mui/material/LinearProgress';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { AutoMapOutcome } from '@/lib/mapping/auto-map';
import type { Proposal } from '@/lib/mapping/match';
import { customerStatusWord } from '@/lib/purchase/customer-standing';
import { AmbiguousList } from './ambiguous-list';
import { ProposalTable, type Selection } from './proposal-table';

type Props = {
  progress?: { done: number; total: number };
  outcome?: AutoMapOutcome;
  held: Proposal[];
  selection: Selection;
  onSelection: (s: Selection) => void;
  selectedCount: number;
  busy: boolean;
  onAccept: (all: boolean) => void;
  onDiscard: () => void;
};

/** Auto-map's progress and review list, loaded with the first scan (the page opens without them). */
export function AutoMapResults({ progress, outcome, held, selection, onSelection, selectedCount, busy, onAccept, onDiscard }: Props) {
  return (
    <>
      {progress && (
        <Box>
          <Typography variant="body2">
            Reading subscriptions: {progress.done} / {progress.total} customers
          </Typography>
          <LinearProgress variant="determinate" value={progress.total ? (100 * progress.done) / progress.total : 100} aria-label="Auto-map progress" />
        </Box>
      )}
      {outcome && (
        <Stack spacing={1.5} data-testid="auto-map-review">
          <Alert severity={outcome.failed ? 'warning' : 'info'}>
            {outcome.proposals.length} proposal{outcome.proposals.length === 1 ? '' : 's'}, {outcome.ambiguous.length} ambiguous.
            {outcome.failed > 0 && ` ${outcome.failed} customers could not be read${outcome.firstError ? ` (${outcome.firstError.message})` : ''}; run auto-map again to retry them.`}
          </Alert>
          {held.length > 0 && (
            <Alert severity="warning" data-testid="auto-map-held">
              Not ticked: {held.map((p) => `${p.customerName} (${customerStatusWord(p.customerStatus!)})`).join(', ')}. {held.length === 1 ? 'This customer' : 'These customers'} cannot order at Ingram
              Micro now; tick {held.length === 1 ? 'it' : 'them'} only if the mapping is right anyway.
            </Alert>
          )}
          {outcome.proposals.length > 0 && <ProposalTable proposals={outcome.proposals} selection={selection} onSelection={onSelection} />}
          {outcome.ambiguous.length > 0 && <AmbiguousList items={outcome.ambiguous} />}
          <Box sx={{ display: 'flex', gap: 1 }}>
            <Button variant="contained" onClick={() => onAccept(false)} disabled={busy || selectedCount === 0}>
              Accept selected ({selectedCount})
            </Button>
            <Button onClick={() => onAccept(true)} disabled={busy || outcome.proposals.length === 0}>
              Accept all ({outcome.proposals.length})
            </Button>
            <Button color="inherit" onClick={onDiscard} disabled={busy}>
              Discard
            </Button>
          </Box>
        </Stack>
      )}
    </>
  );
}
