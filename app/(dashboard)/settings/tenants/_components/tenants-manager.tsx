'use client';
import AddIcon from '@mui/icons-material/Add';
import DeleteIcon from '@mui/icons-material/DeleteOutlined';
import EditIcon from '@mui/icons-material/EditOutlined';
import UploadIcon from '@mui/icons-material/UploadFile';
import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import Stack from '@mui/material/Stack';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import type { GridColDef } from '@mui/x-data-grid';
import { SuccessNotice } from '@/components/success-notice';
import { ActionErrorAlert } from '@/components/upstream-error';
import { useListManager } from '@/components/use-list-manager';
import { ConfirmDialog } from '@/components/confirm-dialog';
import { actionsColumn, DataTable } from '@/components/data-table';
import type { TenantDTO } from '@/lib/tenants/queries';
import { removeTenant } from '../actions';
import { TenantFormDialog } from './tenant-form-dialog';
import { TenantImportDialog } from './tenant-import-dialog';

type Dialog = { kind: 'add' } | { kind: 'edit'; tenant: TenantDTO } | { kind: 'remove'; tenant: TenantDTO } | { kind: 'import' };

export function TenantsManager({ tenants }: { tenants: TenantDTO[] }) {
  const { dialog, setDialog, notice, setNotice, failure, setFailure, busy, done, runRowAction } = useListManager<Dialog>();
  const remove = (tenant: TenantDTO) => runRowAction(() => removeTenant({ id: tenant.id }), `Removed ${tenant.displayName}.`);

  const columns: GridColDef<TenantDTO>[] = [
    { field: 'displayName', headerName: 'Display name', flex: 1, minWidth: 180 },
    { field: 'defaultDomain', headerName: 'Default domain', flex: 1, minWidth: 220 },
    { field: 'tenantId', headerName: 'Tenant id', flex: 1, minWidth: 300 },
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
      </Stack>
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
