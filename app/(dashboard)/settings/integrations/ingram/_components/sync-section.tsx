'use client';
// The Sync tab: the schedule, Sync now with a progress bar while a run goes, the last runs,
// and every tenant whose last sync failed with its upstream error and a Retry.
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import LinearProgress from '@mui/material/LinearProgress';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { ActionErrorAlert } from '@/components/upstream-error';
import type { ActionFailure } from '@/lib/actions/result';
import { syncStatusKey, syncStatusQuery } from '@/lib/inventory/queries-client';
import type { SyncRunDto, SyncStatusDto } from '@/lib/inventory/sync/status';
import { startSyncAction } from '../actions';
import { SyncFailingTenants } from './sync-failing-tenants';
import { SyncRunsTable } from './sync-runs-table';
import { SyncScheduleForm } from './sync-schedule-form';

function timeLeft(s: number | null): string {
  if (s === null) return 'estimating time left';
  if (s < 60) return `about ${Math.max(1, s)} s left`;
  return `about ${Math.round(s / 60)} min left`;
}

function Progress({ run }: { run: SyncRunDto }) {
  const pct = run.tenantsTotal > 0 ? Math.round((run.tenantsDone / run.tenantsTotal) * 100) : 0;
  return (
    <Stack spacing={1} data-testid="sync-progress">
      <LinearProgress variant="determinate" value={pct} aria-label="Sync progress" />
      <Typography variant="body2">
        {run.kind === 'full' ? 'Full' : 'Incremental'} sync: {run.tenantsDone} of {run.tenantsTotal} tenants, {run.calls} calls, {timeLeft(run.secondsLeft)}
        {run.tenantsFailed > 0 && `, ${run.tenantsFailed} failed`}
      </Typography>
    </Stack>
  );
}

export function SyncSection({ initial }: { initial: SyncStatusDto }) {
  const qc = useQueryClient();
  const { data = initial } = useQuery({ ...syncStatusQuery(), initialData: initial });
  const [failure, setFailure] = useState<ActionFailure | null>(null);
  const [starting, setStarting] = useState(false);
  const start = async (kind: 'full' | 'incremental') => {
    setFailure(null);
    setStarting(true);
    const res = await startSyncAction({ kind });
    setStarting(false);
    if (!res.ok) setFailure(res);
    await qc.invalidateQueries({ queryKey: syncStatusKey });
  };
  const busy = starting || !!data.running;
  return (
    <Stack spacing={3}>
      <Paper sx={{ p: 3 }}>
        <Typography variant="h6" component="h2" gutterBottom>
          Sync now
        </Typography>
        <Stack spacing={2}>
          {failure && <ActionErrorAlert failure={failure} />}
          <Stack direction="row" spacing={2}>
            <Button variant="contained" disabled={busy} onClick={() => void start('incremental')}>
              Sync now
            </Button>
            <Button variant="outlined" disabled={busy} onClick={() => void start('full')}>
              Full sync now
            </Button>
          </Stack>
          {data.running ? (
            <Progress run={data.running} />
          ) : (
            <Typography variant="body2" color="text.secondary">
              No sync is running.
            </Typography>
          )}
        </Stack>
      </Paper>
      <Paper sx={{ p: 3 }}>
        <Typography variant="h6" component="h2" gutterBottom>
          Schedule
        </Typography>
        <SyncScheduleForm settings={initial.settings} />
      </Paper>
      <Paper sx={{ p: 3 }}>
        <Typography variant="h6" component="h2" gutterBottom>
          Tenants whose last sync failed
        </Typography>
        {data.failing.length === 0 ? <Alert severity="success">Every mapped tenant synced at its last attempt.</Alert> : <SyncFailingTenants failing={data.failing} />}
      </Paper>
      <Paper sx={{ p: 3 }}>
        <Typography variant="h6" component="h2" gutterBottom>
          Last runs
        </Typography>
        <SyncRunsTable runs={data.runs} />
      </Paper>
    </Stack>
  );
}
