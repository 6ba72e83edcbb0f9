'use client';
import dynamic from 'next/dynamic';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import ToggleButton from '@mui/material/ToggleButton';
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup';
import Typography from '@mui/material/Typography';
import { useRouter } from 'next/navigation';
import { useMemo, useState, useTransition } from 'react';
import { ActionErrorAlert } from '@/components/upstream-error';
import { ConfirmDialog } from '@/components/confirm-dialog';
import type { ActionFailure, UpstreamErrorInfo } from '@/lib/actions/result';
import type { MappingRow } from '@/lib/mapping/queries';
import { refreshCustomersAction, removeMappingAction } from '../../mappings/actions';
import { AutoMapPanel } from './auto-map-panel';
import { MappingTable } from './mapping-table';

// Dialogs load when first opened, not with the page.
const MappingDialog = dynamic(() => import('./mapping-dialog').then((m) => m.MappingDialog), { ssr: false });

type Filter = 'all' | 'mapped' | 'unmapped' | 'problems';
type Props = { rows: MappingRow[]; canManage: boolean; fetchedAt: number | null; loadError: UpstreamErrorInfo | null; online: boolean };

export function MappingView({ rows, canManage, fetchedAt, loadError, online }: Props) {
  const router = useRouter();
  const [filter, setFilter] = useState<Filter>('all');
  const [editing, setEditing] = useState<MappingRow | 'new'>();
  const [removing, setRemoving] = useState<MappingRow>();
  const [failure, setFailure] = useState<ActionFailure>();
  // A failed reload of the customer list can simply be tried again; a failed change cannot.
  const [reloadFailure, setReloadFailure] = useState<ActionFailure>();
  const [message, setMessage] = useState<string>();
  const [pending, startTransition] = useTransition();

  const counts = useMemo(
    () => ({
      all: rows.length,
      mapped: rows.filter((r) => r.customerId).length,
      unmapped: rows.filter((r) => !r.customerId).length,
      problems: rows.filter((r) => r.problem).length,
    }),
    [rows],
  );
  const shown = useMemo(() => rows.filter((r) => filter === 'all' || (filter === 'mapped' ? !!r.customerId : filter === 'unmapped' ? !r.customerId : !!r.problem)), [rows, filter]);

  const done = (text: string) => {
    setFailure(undefined);
    setReloadFailure(undefined);
    setMessage(text);
    router.refresh();
  };
  const refreshCustomers = () =>
    startTransition(async () => {
      const r = await refreshCustomersAction({});
      if (r.ok) done(`Customer list reloaded: ${r.data.count} Ingram customers.`);
      else setReloadFailure(r);
    });
  const remove = () =>
    startTransition(async () => {
      if (!removing) return;
      const r = await removeMappingAction({ tenantId: removing.tenantId });
      setRemoving(undefined);
      if (r.ok) done(`Mapping of ${removing.tenantName} removed.`);
      else setFailure(r);
    });

  return (
    <Stack spacing={2}>
      <Typography data-testid="mapping-counts" sx={{ fontWeight: 600 }}>
        {counts.all} tenants · {counts.mapped} mapped · {counts.unmapped} not mapped · {counts.problems} with problems
      </Typography>
      {loadError && (
        <ActionErrorAlert
          failure={{ ok: false, code: 'UPSTREAM', error: loadError.message, upstream: loadError }}
          onRetry={refreshCustomers}
          title="The Ingram customer list could not be loaded: statuses are unknown"
        />
      )}
      {reloadFailure && <ActionErrorAlert failure={reloadFailure} onRetry={refreshCustomers} title="The Ingram customer list could not be reloaded" />}
      {failure && <ActionErrorAlert failure={failure} />}
      {message && (
        <Alert severity="success" data-testid="mapping-message" onClose={() => setMessage(undefined)}>
          {message}
        </Alert>
      )}
      <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap', alignItems: 'center' }}>
        <ToggleButtonGroup size="small" exclusive value={filter} onChange={(_, v: Filter | null) => v && setFilter(v)} aria-label="Show">
          <ToggleButton value="all">All ({counts.all})</ToggleButton>
          <ToggleButton value="mapped">Mapped ({counts.mapped})</ToggleButton>
          <ToggleButton value="unmapped">Not mapped ({counts.unmapped})</ToggleButton>
          <ToggleButton value="problems">Problems ({counts.problems})</ToggleButton>
        </ToggleButtonGroup>
        <Box sx={{ flexGrow: 1 }} />
        {online && (
          <Button onClick={refreshCustomers} disabled={pending}>
            Refresh customers{fetchedAt ? ` (loaded ${new Date(fetchedAt).toLocaleTimeString()})` : ''}
          </Button>
        )}
        {canManage && (
          <Button variant="outlined" onClick={() => setEditing('new')} disabled={counts.unmapped === 0}>
            Add mapping
          </Button>
        )}
      </Box>
      {canManage && <AutoMapPanel onSaved={(text) => done(text)} />}
      <MappingTable rows={shown} canManage={canManage} onEdit={setEditing} onRemove={setRemoving} />
      {editing && (
        <MappingDialog
          row={editing === 'new' ? undefined : editing}
          tenants={rows}
          onClose={() => setEditing(undefined)}
          onSaved={(text) => {
            setEditing(undefined);
            done(text);
          }}
        />
      )}
      <ConfirmDialog
        open={!!removing}
        title={`Remove the mapping of ${removing?.tenantName ?? ''}?`}
        confirmLabel="Remove mapping"
        destructive
        busy={pending}
        onConfirm={remove}
        onClose={() => setRemoving(undefined)}
      >
        {removing?.tenantName} will no longer be linked to {removing?.customerName} ({removing?.customerId}). Its license pages stop working until it is mapped again.
      </ConfirmDialog>
    </Stack>
  );
}
