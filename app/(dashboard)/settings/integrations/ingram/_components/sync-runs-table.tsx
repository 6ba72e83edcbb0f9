'use client';
// The last runs: when, what, how long, the counts, the calls and the failures.
import Chip from '@mui/material/Chip';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import type { SyncRunDto } from '@/lib/inventory/sync/status';

const COLOR = { running: 'info', succeeded: 'success', partial: 'warning', failed: 'error' } as const;

export function SyncRunsTable({ runs }: { runs: SyncRunDto[] }) {
  if (runs.length === 0) return <p>No sync has run yet.</p>;
  return (
    <Table size="small" aria-label="Last sync runs">
      <TableHead>
        <TableRow>
          <TableCell>Started</TableCell>
          <TableCell>Kind</TableCell>
          <TableCell>Status</TableCell>
          <TableCell align="right">Duration</TableCell>
          <TableCell align="right">Tenants</TableCell>
          <TableCell align="right">Failed</TableCell>
          <TableCell align="right">Subscriptions</TableCell>
          <TableCell align="right">Changed</TableCell>
          <TableCell align="right">Gone</TableCell>
          <TableCell align="right">Calls</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {runs.map((r) => (
          <TableRow key={r.id}>
            <TableCell suppressHydrationWarning>{new Date(r.startedAt).toLocaleString()}</TableCell>
            <TableCell>
              {r.kind} ({r.trigger})
            </TableCell>
            <TableCell>
              <Chip size="small" label={r.status} color={COLOR[r.status]} />
            </TableCell>
            <TableCell align="right">{r.durationSeconds !== null ? `${r.durationSeconds} s` : '…'}</TableCell>
            <TableCell align="right">
              {r.tenantsDone} / {r.tenantsTotal}
            </TableCell>
            <TableCell align="right">{r.tenantsFailed}</TableCell>
            <TableCell align="right">{r.subscriptionsSeen}</TableCell>
            <TableCell align="right">{r.subscriptionsChanged}</TableCell>
            <TableCell align="right">{r.subscriptionsGone}</TableCell>
            <TableCell align="right">{r.calls}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
