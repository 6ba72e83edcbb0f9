'use client';
import dynamic from 'next/dynamic';
import { useRouter } from 'next/navigation';
import { useMemo, useState, useTransition } from 'react';
import { ActionErrorAlert } from '@/components/upstream-error';
import { ConfirmDialog } from '@/components/confirm-dialog';
import b from '@/components/plain-button.module.css';
import { SuccessNotice } from '@/components/success-notice';
import type { ActionFailure, UpstreamErrorInfo } from '@/lib/actions/result';
import type { MappingRow } from '@/lib/mapping/queries';
import { refreshCustomersAction, removeMappingAction } from '../../mappings/actions';
import { AutoMapPanel } from './auto-map-panel';
import s from './mapping.module.css';
import { MappingTable } from './mapping-table';

// Dialogs load when first opened, not with the page.
const MappingDialog = dynamic(() => import('./mapping-dialog').then((m) => m.MappingDialog), { ssr: false });

type Filter = 'all' | 'mapped' | 'unmapped' | 'problems';
const FILTERS: Array<[Filter, string]> = [
  ['all', 'All'],
  ['mapped', 'Mapped'],
  ['unmapped', 'Not mapped'],
  ['problems', 'Problems'],
];
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
    // Plain HTML in MUI's look: the page's first paint carries no MUI component (issue 20).
    <div className={s.stack}>
      <p data-testid="mapping-counts" className={s.counts}>
        {counts.all} tenants · {counts.mapped} mapped · {counts.unmapped} not mapped · {counts.problems} with problems
      </p>
      {loadError && (
        <ActionErrorAlert
          failure={{ ok: false, code: 'UPSTREAM', error: loadError.message, upstream: loadError }}
          onRetry={refreshCustomers}
          title="The Ingram customer list could not be loaded: statuses are unknown"
        />
      )}
      {reloadFailure && <ActionErrorAlert failure={reloadFailure} onRetry={refreshCustomers} title="The Ingram customer list could not be reloaded" />}
      {failure && <ActionErrorAlert failure={failure} />}
      <SuccessNotice message={message ?? null} testId="mapping-message" onClose={() => setMessage(undefined)} />
      <div className={s.bar}>
        <div role="group" aria-label="Show" className={s.toggles}>
          {FILTERS.map(([value, label]) => (
            <button key={value} type="button" className={s.toggle} aria-pressed={filter === value} onClick={() => setFilter(value)}>
              {label} ({counts[value]})
            </button>
          ))}
        </div>
        <div className={s.grow} />
        {online && (
          <button type="button" className={b.button} onClick={refreshCustomers} disabled={pending}>
            Refresh customers{fetchedAt ? ` (loaded ${new Date(fetchedAt).toLocaleTimeString()})` : ''}
          </button>
        )}
        {canManage && (
          <button type="button" className={`${b.button} ${b.outlined}`} onClick={() => setEditing('new')} disabled={counts.unmapped === 0}>
            Add mapping
          </button>
        )}
      </div>
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
    </div>
  );
}
