'use client';
import dynamic from 'next/dynamic';
import type { GridColDef } from '@mui/x-data-grid';
import { useState, useTransition } from 'react';
import { SuccessNotice } from '@/components/success-notice';
import { ActionErrorAlert } from '@/components/upstream-error';
import { useListManager } from '@/components/use-list-manager';
import { ConfirmDialog } from '@/components/confirm-dialog';
import { actionsColumn, DataTable } from '@/components/data-table';
import type { ActionFailure } from '@/lib/actions/result';
import type { TenantDTO } from '@/lib/tenants/queries';
import b from '@/components/plain-button.module.css';
import { removeTenant, syncTenantsFromPartnerCenter } from '../actions';
import { AddIcon, DeleteIcon, EditIcon, SyncIcon, UploadIcon } from './icons';
import s from './tenants-manager.module.css';

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
      renderCell: ({ value }) => (value ? <span className={`${b.chip} ${b.warning}`}>{value}</span> : null),
    },
    actionsColumn(110, ({ row }) => (
      <div>
        <button type="button" className={`${b.iconButton} ${b.small}`} title="Edit" aria-label={`Edit ${row.displayName}`} onClick={() => setDialog({ kind: 'edit', tenant: row })}>
          <EditIcon />
        </button>
        <button
          type="button"
          className={`${b.iconButton} ${b.small}`}
          title="Remove"
          aria-label={`Remove ${row.displayName}`}
          onClick={() => {
            setFailure(null);
            setDialog({ kind: 'remove', tenant: row });
          }}
        >
          <DeleteIcon />
        </button>
      </div>
    )),
  ];

  return (
    // Plain HTML in MUI's look: the page's first paint carries no MUI component (issue 20); tooltips are titles.
    <div className={s.stack}>
      <div className={s.toolbar}>
        <button type="button" className={`${b.button} ${b.contained}`} onClick={() => setDialog({ kind: 'add' })}>
          <AddIcon />
          Add tenant
        </button>
        <button type="button" className={`${b.button} ${b.outlined}`} onClick={() => setDialog({ kind: 'import' })}>
          <UploadIcon />
          Import CSV
        </button>
        <span title={microsoftConfigured ? 'Adds new customers, updates changed names and flags tenants no longer listed' : 'Set up Settings > Integrations > Microsoft first'}>
          <button type="button" className={`${b.button} ${b.outlined}`} onClick={sync} disabled={syncing || !microsoftConfigured}>
            <SyncIcon />
            {syncing ? 'Syncing…' : 'Sync from Partner Center'}
          </button>
        </span>
      </div>
      {syncing && <div role="progressbar" aria-label="Syncing from Partner Center" className={s.progress} />}
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
          <p className={s.text}>
            {dialog.tenant.defaultDomain} ({dialog.tenant.tenantId}) leaves the tenant list, and its Ingram Micro customer mapping is removed with it. Its subscriptions at Ingram Micro are not
            changed; orders already placed stay in the history.
          </p>
          {failure && <ActionErrorAlert failure={failure} onRetry={() => remove(dialog.tenant)} />}
        </ConfirmDialog>
      )}
    </div>
  );
}
