'use client';
// Renewal season in bulk: one change for the selected subscriptions (across tenants), a dry run
// with Ingram's estimates and the predicted refusals, then one order per subscription with progress.
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import FormControlLabel from '@mui/material/FormControlLabel';
import LinearProgress from '@mui/material/LinearProgress';
import Paper from '@mui/material/Paper';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import type { GridColDef } from '@mui/x-data-grid';
import { useRef, useState } from 'react';
import { DataTable } from '@/components/data-table';
import { ActionErrorAlert } from '@/components/upstream-error';
import type { ActionFailure } from '@/lib/actions/result';
import { formatMoney } from '@/lib/money';
import type { BulkKind, DryRunRow, PlaceResult, RenewalRow } from '@/lib/renewals/types';
import { dryRunRenewalChanges, placeRenewalChange } from '../actions';

type Outcome = { ok: true; result: PlaceResult } | { ok: false; error: string; status: number | null; correlationId: string | null };
type Line = DryRunRow & { id: string; outcome?: Outcome };

/** A batch id (UUID v4); where randomUUID is missing (no secure context), from Math.random. */
function newBatchId(): string {
  if (typeof crypto !== 'undefined' && 'randomUUID' in crypto) return crypto.randomUUID();
  const hex = Array.from({ length: 32 }, () => Math.floor(Math.random() * 16).toString(16)).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20)}`;
}

const outcomeText = (o?: Outcome) => (!o ? '' : o.ok ? `${o.result.orderNumber ? `Order ${o.result.orderNumber}` : 'Done'} · ${o.result.state}` : `Refused: ${o.error}`);

const columns: GridColDef<Line>[] = [
  { field: 'tenantName', headerName: 'Tenant', width: 170, valueFormatter: (v: string | null) => v ?? '—' },
  { field: 'productName', headerName: 'Product', flex: 1, minWidth: 180, valueFormatter: (v: string | null, r) => v ?? r.subscriptionId },
  { field: 'action', headerName: 'Order', width: 240, valueFormatter: (v: string | null) => v ?? '—' },
  {
    field: 'estimate',
    headerName: 'Estimate (next term)',
    width: 190,
    valueGetter: (_v, r) => (r.estimate ? `${formatMoney(r.estimate.total, r.estimate.currency)} ${r.estimate.currency ?? ''} per ${r.estimate.period}` : '—'),
  },
  { field: 'refusal', headerName: 'Predicted refusal', width: 260, valueFormatter: (v: string | null) => v ?? '—' },
  { field: 'outcome', headerName: 'Result', width: 240, valueGetter: (_v, r) => outcomeText(r.outcome) },
  { field: 'upstreamStatus', headerName: 'HTTP status', width: 100, valueGetter: (_v, r) => (r.outcome && !r.outcome.ok ? (r.outcome.status ?? '') : (r.outcome?.result.httpStatus ?? '')) },
  {
    field: 'correlationId',
    headerName: 'Correlation ID',
    width: 200,
    valueGetter: (_v, r) => (r.outcome && !r.outcome.ok ? (r.outcome.correlationId ?? '') : (r.outcome?.result.correlationId ?? '')),
  },
];

export function BulkPanel({ rows, onDone }: { rows: RenewalRow[]; onDone: () => void }) {
  const [kind, setKind] = useState<BulkKind>('decrease');
  const [seats, setSeats] = useState('1');
  const [lines, setLines] = useState<Line[] | null>(null);
  const [failure, setFailure] = useState<ActionFailure | null>(null);
  const [busy, setBusy] = useState<'dry-run' | 'placing' | null>(null);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const batch = useRef<{ id: string; kind: BulkKind; seats?: number } | null>(null);
  const placing = useRef(false); // a second click while the first runs does nothing

  async function dryRun() {
    setBusy('dry-run');
    setFailure(null);
    const change = { kind, seats: kind === 'auto-renew-off' ? undefined : Number(seats) };
    const res = await dryRunRenewalChanges({ subscriptionIds: rows.map((r) => r.id), ...change });
    setBusy(null);
    if (!res.ok) return setFailure(res);
    batch.current = { id: newBatchId(), ...change };
    setProgress(null);
    setLines(res.data.map((r) => ({ ...r, id: r.subscriptionId })));
  }

  async function place() {
    if (placing.current || !lines || !batch.current) return;
    placing.current = true;
    setBusy('placing');
    const todo = lines.filter((l) => !l.refusal && !l.outcome?.ok);
    let n = 0;
    setProgress({ done: 0, total: todo.length });
    for (const line of todo) {
      const { id: batchId, ...change } = batch.current;
      const res = await placeRenewalChange({ batchId, tenantId: line.tenantId!, subscriptionId: line.subscriptionId, ...change });
      const outcome: Outcome = res.ok ? { ok: true, result: res.data } : { ok: false, error: res.error, status: res.upstream?.status ?? null, correlationId: res.upstream?.correlationId ?? null };
      setLines((ls) => ls && ls.map((l) => (l.id === line.id ? { ...l, outcome } : l)));
      setProgress({ done: ++n, total: todo.length });
    }
    setBusy(null);
    placing.current = false;
    onDone();
  }

  const toPlace = lines?.filter((l) => !l.refusal && !l.outcome?.ok).length ?? 0;
  const planned = lines?.filter((l) => !l.refusal).length ?? 0;
  const refused = (lines?.length ?? 0) - planned;
  return (
    <Paper variant="outlined" component="section" aria-label="Bulk change" sx={{ p: 2 }}>
      <Typography variant="h6" component="h2">
        Bulk change at renewal
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
        {rows.length} selected. One order per subscription; a retry or a second click never places it twice.
      </Typography>
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
        <RadioGroup row aria-label="Change" value={kind} onChange={(e) => setKind(e.target.value as BulkKind)}>
          <FormControlLabel value="decrease" control={<Radio />} label="Decrease by" />
          <FormControlLabel value="quantity" control={<Radio />} label="New quantity" />
          <FormControlLabel value="auto-renew-off" control={<Radio />} label="Turn auto-renew off" />
        </RadioGroup>
        {kind !== 'auto-renew-off' && (
          <TextField size="small" label="Seats" type="number" value={seats} onChange={(e) => setSeats(e.target.value)} sx={{ width: 110 }} slotProps={{ htmlInput: { min: 1 } }} />
        )}
        <Button variant="outlined" disabled={rows.length === 0 || busy !== null} onClick={() => void dryRun()}>
          Dry run
        </Button>
      </Stack>
      {busy === 'dry-run' && <LinearProgress sx={{ mt: 1 }} aria-label="Dry run in progress" />}
      {failure && <ActionErrorAlert failure={failure} title="Dry run not done" />}
      {lines && (
        <Stack spacing={1} sx={{ mt: 2 }}>
          <Alert severity={refused ? 'warning' : 'info'}>
            {planned} order{planned === 1 ? '' : 's'} would be placed; {refused} refusal{refused === 1 ? '' : 's'} predicted.
          </Alert>
          <DataTable<Line> aria-label="Dry run" exportName="renewals-dry-run" rows={lines} columns={columns} columnBufferPx={3000} />
          <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
            <Button variant="contained" disabled={toPlace === 0 || busy !== null} onClick={() => void place()}>
              Place {toPlace} order{toPlace === 1 ? '' : 's'}
            </Button>
            {progress && (
              <Stack sx={{ flexGrow: 1 }}>
                <LinearProgress variant="determinate" aria-label="Placing orders" value={progress.total ? (100 * progress.done) / progress.total : 100} />
                <Typography variant="caption">
                  {progress.done} of {progress.total} placed
                </Typography>
              </Stack>
            )}
          </Stack>
        </Stack>
      )}
    </Paper>
  );
}
