'use client';
import dynamic from 'next/dynamic';
import AddIcon from '@mui/icons-material/Add';
import DeleteIcon from '@mui/icons-material/DeleteOutlined';
import EditIcon from '@mui/icons-material/EditOutlined';
import SendIcon from '@mui/icons-material/SendOutlined';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import Stack from '@mui/material/Stack';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import type { GridColDef } from '@mui/x-data-grid';
import { useQueryClient } from '@tanstack/react-query';
import { useState, useTransition } from 'react';
import { ConfirmDialog } from '@/components/confirm-dialog';
import { actionsColumn, DataTable } from '@/components/data-table';
import { SuccessNotice } from '@/components/success-notice';
import { ActionErrorAlert } from '@/components/upstream-error';
import { useListManager } from '@/components/use-list-manager';
import type { ActionFailure } from '@/lib/actions/result';
import type { ChannelDTO } from '@/lib/alerts/channels';
import { CHANNEL_KINDS } from '@/lib/validations/alerts';
import { deleteAlertChannel, testAlertChannel } from '../actions';

// Dialogs load when first opened, not with the page.
const ChannelDialog = dynamic(() => import('./channel-dialog').then((m) => m.ChannelDialog), { ssr: false });

type Dialog = { kind: 'add' } | { kind: 'edit'; channel: ChannelDTO } | { kind: 'remove'; channel: ChannelDTO };
type TestResult = { name: string; sent: boolean; status: number | null; error: string | null } | { name: string; failure: ActionFailure };

const kindLabel = (k: string) => CHANNEL_KINDS.find((c) => c.value === k)?.label ?? k;

export function ChannelsManager({ channels }: { channels: ChannelDTO[] }) {
  const { dialog, setDialog, notice, setNotice, failure, setFailure, busy, done, runRowAction } = useListManager<Dialog>();
  const queryClient = useQueryClient();
  const [test, setTest] = useState<TestResult | null>(null);
  const [testing, startTest] = useTransition();
  const remove = (c: ChannelDTO) => runRowAction(() => deleteAlertChannel({ id: c.id }), `Deleted ${c.name}.`);
  const sendTest = (c: ChannelDTO) =>
    startTest(async () => {
      setTest(null);
      const res = await testAlertChannel({ id: c.id });
      setTest(res.ok ? { name: c.name, ...res.data } : { name: c.name, failure: res });
      void queryClient.invalidateQueries({ queryKey: ['alert-deliveries'] });
    });

  const columns: GridColDef<ChannelDTO>[] = [
    { field: 'name', headerName: 'Name', flex: 1, minWidth: 160 },
    { field: 'kind', headerName: 'Kind', width: 280, valueFormatter: (v: string) => kindLabel(v) },
    { field: 'target', headerName: 'Sends to', flex: 1, minWidth: 200, valueGetter: (_v, r) => (r.kind === 'email' ? r.recipients : r.urlStored ? 'URL stored' : 'No URL') },
    { field: 'enabled', headerName: 'Enabled', width: 90, type: 'boolean' },
    actionsColumn(150, ({ row }) => (
      <Stack direction="row">
        <Tooltip title="Send test">
          <span>
            <IconButton size="small" aria-label={`Send test to ${row.name}`} disabled={testing} onClick={() => sendTest(row)}>
              <SendIcon fontSize="small" />
            </IconButton>
          </span>
        </Tooltip>
        <Tooltip title="Edit">
          <IconButton size="small" aria-label={`Edit ${row.name}`} onClick={() => setDialog({ kind: 'edit', channel: row })}>
            <EditIcon fontSize="small" />
          </IconButton>
        </Tooltip>
        <Tooltip title="Delete">
          <IconButton
            size="small"
            aria-label={`Delete ${row.name}`}
            onClick={() => {
              setFailure(null);
              setDialog({ kind: 'remove', channel: row });
            }}
          >
            <DeleteIcon fontSize="small" />
          </IconButton>
        </Tooltip>
      </Stack>
    )),
  ];

  return (
    <Stack spacing={2}>
      <Stack direction="row">
        <Button variant="contained" startIcon={<AddIcon />} onClick={() => setDialog({ kind: 'add' })}>
          Add channel
        </Button>
      </Stack>
      <SuccessNotice message={notice} testId="channels-notice" onClose={() => setNotice(null)} />
      {testing && <Alert severity="info">Sending a test…</Alert>}
      {test &&
        ('failure' in test ? (
          <ActionErrorAlert failure={test.failure} title={`Test of ${test.name} not sent`} />
        ) : (
          <Alert severity={test.sent ? 'success' : 'error'} data-testid="channel-test-result" onClose={() => setTest(null)}>
            {test.sent ? `Test sent to ${test.name}` : `Test to ${test.name} failed`}
            {test.status !== null ? ` (status ${test.status})` : ''}
            {test.error ? `: ${test.error}` : '.'}
          </Alert>
        ))}
      <DataTable exportName="alert-channels" rows={channels} columns={columns} getRowId={(c) => c.id} aria-label="Alert channels" />
      {(dialog?.kind === 'add' || dialog?.kind === 'edit') && (
        <ChannelDialog
          channel={dialog.kind === 'edit' ? dialog.channel : undefined}
          onClose={() => setDialog(null)}
          onSaved={(c) => done(dialog.kind === 'edit' ? `Saved ${c.name}.` : `Added ${c.name}.`)}
        />
      )}
      {dialog?.kind === 'remove' && (
        <ConfirmDialog open destructive title={`Delete ${dialog.channel.name}?`} confirmLabel="Delete channel" busy={busy} onConfirm={() => remove(dialog.channel)} onClose={() => setDialog(null)}>
          <Typography gutterBottom>Rules stop sending to it, and its queued deliveries are dropped.</Typography>
          {failure && <ActionErrorAlert failure={failure} onRetry={() => remove(dialog.channel)} />}
        </ConfirmDialog>
      )}
    </Stack>
  );
}
