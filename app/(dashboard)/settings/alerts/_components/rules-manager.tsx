'use client';
import dynamic from 'next/dynamic';
import AddIcon from '@mui/icons-material/Add';
import DeleteIcon from '@mui/icons-material/DeleteOutlined';
import EditIcon from '@mui/icons-material/EditOutlined';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import Stack from '@mui/material/Stack';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import type { GridColDef } from '@mui/x-data-grid';
import { ConfirmDialog } from '@/components/confirm-dialog';
import { actionsColumn, DataTable } from '@/components/data-table';
import { SuccessNotice } from '@/components/success-notice';
import { ActionErrorAlert } from '@/components/upstream-error';
import { useListManager } from '@/components/use-list-manager';
import type { ChannelDTO } from '@/lib/alerts/channels';
import type { RuleDTO } from '@/lib/alerts/rules';
import { ALERT_KINDS, type AlertKind } from '@/lib/validations/alerts';
import { deleteAlertRule } from '../actions';
import type { TenantChoice } from './rule-dialog';

// Dialogs load when first opened, not with the page.
const RuleDialog = dynamic(() => import('./rule-dialog').then((m) => m.RuleDialog), { ssr: false });

type Dialog = { kind: 'add' } | { kind: 'edit'; rule: RuleDTO } | { kind: 'remove'; rule: RuleDTO };
type Props = { rules: RuleDTO[]; kinds: AlertKind[]; channels: ChannelDTO[]; tenants: TenantChoice[] };

function paramsText(r: RuleDTO): string {
  const p: readonly string[] = ALERT_KINDS[r.kind]?.params ?? [];
  return [p.includes('hours') && `${r.hours} h`, p.includes('days') && `${r.days} days`, p.includes('includeMonthly') && (r.includeMonthly ? 'monthly included' : 'monthly excluded')]
    .filter(Boolean)
    .join(', ');
}

export function RulesManager({ rules, kinds, channels, tenants }: Props) {
  const { dialog, setDialog, notice, setNotice, failure, setFailure, busy, done, runRowAction } = useListManager<Dialog>();
  const remove = (r: RuleDTO) => runRowAction(() => deleteAlertRule({ id: r.id }), `Deleted ${r.name}.`);
  const channelNames = (ids: number[]) => ids.map((id) => channels.find((c) => c.id === id)?.name ?? `#${id} (deleted)`).join(', ');

  const columns: GridColDef<RuleDTO>[] = [
    { field: 'name', headerName: 'Name', flex: 1, minWidth: 160 },
    { field: 'kind', headerName: 'When', width: 300, valueFormatter: (v: AlertKind) => ALERT_KINDS[v]?.label ?? v },
    { field: 'params', headerName: 'Parameters', width: 170, valueGetter: (_v, r) => paramsText(r) },
    { field: 'channels', headerName: 'Channels', flex: 1, minWidth: 160, valueGetter: (_v, r) => channelNames(r.channelIds) },
    { field: 'delivery', headerName: 'Delivery', width: 100 },
    { field: 'exclusions', headerName: 'Exclusions', width: 130, valueGetter: (_v, r) => `${r.excludedTenants.length} tenants, ${r.excludedProducts.length} products` },
    { field: 'enabled', headerName: 'Enabled', width: 90, type: 'boolean' },
    actionsColumn(110, ({ row }) => (
      <Stack direction="row">
        <Tooltip title="Edit">
          <IconButton size="small" aria-label={`Edit rule ${row.name}`} onClick={() => setDialog({ kind: 'edit', rule: row })}>
            <EditIcon fontSize="small" />
          </IconButton>
        </Tooltip>
        <Tooltip title="Delete">
          <IconButton
            size="small"
            aria-label={`Delete rule ${row.name}`}
            onClick={() => {
              setFailure(null);
              setDialog({ kind: 'remove', rule: row });
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
        <Button variant="contained" startIcon={<AddIcon />} disabled={!channels.length} onClick={() => setDialog({ kind: 'add' })}>
          Add rule
        </Button>
      </Stack>
      {!channels.length && <Alert severity="info">Add a channel first: a rule needs somewhere to send.</Alert>}
      <SuccessNotice message={notice} testId="rules-notice" onClose={() => setNotice(null)} />
      <DataTable exportName="alert-rules" rows={rules} columns={columns} getRowId={(r) => r.id} aria-label="Alert rules" />
      {(dialog?.kind === 'add' || dialog?.kind === 'edit') && (
        <RuleDialog
          rule={dialog.kind === 'edit' ? dialog.rule : undefined}
          kinds={dialog.kind === 'edit' && !kinds.includes(dialog.rule.kind) ? [...kinds, dialog.rule.kind] : kinds}
          channels={channels}
          tenants={tenants}
          onClose={() => setDialog(null)}
          onSaved={(r) => done(dialog.kind === 'edit' ? `Saved ${r.name}.` : `Added ${r.name}.`)}
        />
      )}
      {dialog?.kind === 'remove' && (
        <ConfirmDialog open destructive title={`Delete ${dialog.rule.name}?`} confirmLabel="Delete rule" busy={busy} onConfirm={() => remove(dialog.rule)} onClose={() => setDialog(null)}>
          <Typography gutterBottom>The rule stops alerting; the events it recorded go with it.</Typography>
          {failure && <ActionErrorAlert failure={failure} onRetry={() => remove(dialog.rule)} />}
        </ConfirmDialog>
      )}
    </Stack>
  );
}
