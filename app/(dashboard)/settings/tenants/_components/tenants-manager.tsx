'use client';
import dynamic from 'next/dynamic';
import AddIcon from '@mui/icons-material/Add';
import DeleteIcon from '@mui/icons-material/DeleteOutlined';
import EditIcon from '@mui/icons-material/EditOutlined';
import SyncIcon from '@mui/icons-material/Sync';
import UploadIcon from '@mui/icons-material/UploadFile';
import Chip from '@mui/material/Chip';
import Button from '@mui/material/Button';
import LinearProgress from '@mui/material/LinearProgress';
import IconButton from '@mui/material/IconButton';
import Stack from '@mui/material/Stack';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import type { GridColDef } from '@mui/x-data-grid';
import { useState, useTransition } from 'react';
import { SuccessNotice } from '@/components/success-notice';
import { ActionErrorAlert } from '@/components/upstream-error';
import { useListManager } from '@/components/use-list-manager';
import { ConfirmDialog } from '@/components/confirm-dialog';
import { actionsColumn, DataTable } from '@/components/data-table';
import type { ActionFailure } from '@/lib/actions/result';
import type { TenantDTO } from '@/lib/tenants/queries';
import { removeTenant, syncTenantsFromPartnerCenter } from '../actions';

// Dialogs load when first opened, not with the page.
const TenantFormDialog = dynamic(() => import('./tenant-form-dialog').then((m) => m.TenantFormDialog), { ssr: false });
const TenantImportDialog = dynamic(() => import('./tenant-import-dialog').then((m) => m.TenantImportDialog), { ssr: false });

type Dialog = { kind: 'add' } | { kind: 'edit'; tenant: TenantDTO } | { kind: 'remove'; tenant: TenantDTO } | { kind: 'import' };

type Props = {
  tenants: TenantDTO[];
  /** Tenant id -> since when Partner Center no longer lists it. */
  missing: Record<string, string>;
  microsoftConfigured: boolean;
};

const day = (iso: string) => new Date(iso).toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric' });

export function TenantsManager({ tenants, missing, microsoftConfigured }: Props) {
  const { dialog, setDialog, notice, setNotice, failure, setFailure, busy, done, runRowAction } = useListManager<Dialog>();
  const [syncFailure, setSyncFailure] = useState<ActionFailure | null>(null);
  const [syncing, startSync] = useTransition();
  const remove = (tenant: TenantDTO) => runRowAction(() => removeTenant({ id: tenant.id }), `Removed ${tenant.displayName}.`);
  const sync = () =>
    startSync(async () => {
      setSyncFailure(null);
      setNotice(null);
      const result = await syncTenantsFromPartnerCenter({});
      if (!result.ok) return setSyncFailure(result);
      done(result.data.message);
    });

  const columns: GridColDef<TenantDTO>[] = [
    { field: 'displayName', headerName: 'Display name', flex: 1, minWidth: 180 },
    { field: 'defaultDomain', headerName: 'Default domain', flex: 1, minWidth: 220 },
    { field: 'tenantId', headerName: 'Tenant id', flex: 1, minWidth: 300 },
    {
      field: 'partnerCenter',
      headerName: 'Partner Center',
      minWidth: 200,
      valueGetter: (_v, row) => (missing[row.tenantId] ? `Not listed since ${day(missing[row.tenantId]!)}` : ''),
      renderCell: ({ value }) => (value ? <Chip size="small" color="warning" variant="outlined" label={value} /> : null),
    },
    actionsColumn(110, ({ row }) => (
      <Stack direction="row">
        <Tooltip title="Edit">
          <IconButton size="small" aria-label={`Edit ${row.displayName}`} onClick={() => setDialog({ kind: 'edit', tenant: row })}>
            <EditIcon fontSize="small" />
          </IconButton>
        </Tooltip>
        <Tooltip title="Remove">
          <IconButton
            size="small"
            aria-label={`Remove ${row.displayName}`}
            onClick={() => {
              setFailure(null);
              setDialog({ kind: 'remove', tenant: row });
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
      <Stack direction="row" spacing={1}>
        <Button variant="contained" startIcon={<AddIcon />} onClick={() => setDialog({ kind: 'add' })}>
          Add tenant
        </Button>
        <Button variant="outlined" startIcon={<UploadIcon />} onClick={() => setDialog({ kind: 'import' })}>
          Import CSV
        </Button>
        <Tooltip title={microsoftConfigured ? 'Adds new customers, updates changed names and flags tenants no longer listed' : 'Set up Settings > Integrations > Microsoft first'}>
          <span>
            <Button variant="outlined" startIcon={<SyncIcon />} onClick={sync} disabled={syncing || !microsoftConfigured}>
              {syncing ? 'Syncing…' : 'Sync from Partner Center'}
            </Button>
          </span>
        </Tooltip>
      </Stack>
      {syncing && <LinearProgress aria-label="Syncing from Partner Center" />}
      {syncFailure && <ActionErrorAlert failure={syncFailure} onRetry={sync} title="The Partner Center sync failed" />}
      <SuccessNotice message={notice} testId="tenants-notice" onClose={() => setNotice(null)} />
      <DataTable exportName="tenants" rows={tenants} columns={columns} getRowId={(t) => t.id} initialState={{ sorting: { sortModel: [{ field: 'displayName', sort: 'asc' }] } }} aria-label="Tenants" />
      {(dialog?.kind === 'add' || dialog?.kind === 'edit') && (
        <TenantFormDialog
          tenant={dialog.kind === 'edit' ? dialog.tenant : undefined}
          onClose={() => setDialog(null)}
          onSaved={(t) => done(dialog.kind === 'edit' ? `Saved ${t.displayName}.` : `Added ${t.displayName}.`)}
        />
      )}
      {dialog?.kind === 'import' && <TenantImportDialog onClose={() => setDialog(null)} onImported={(n) => done(`Imported ${n} tenant${n === 1 ? '' : 's'}.`)} />}
      {dialog?.kind === 'remove' && (
        <ConfirmDialog open destructive title={`Remove ${dialog.tenant.displayName}?`} confirmLabel="Remove tenant" busy={busy} onConfirm={() => remove(dialog.tenant)} onClose={() => setDialog(null)}>
          <Typography gutterBottom>
            {dialog.tenant.defaultDomain} ({dialog.tenant.tenantId}) leaves the tenant list, and its Ingram Micro customer mapping is removed with it. Its subscriptions at Ingram Micro are not
            changed; orders already placed stay in the history.
          </Typography>
          {failure && <ActionErrorAlert failure={failure} onRetry={() => remove(dialog.tenant)} />}
        </ConfirmDialog>
      )}
    </Stack>
  );
}
