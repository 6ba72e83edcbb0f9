'use client';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { DataTable } from '@/components/data-table';
import { SuccessNotice } from '@/components/success-notice';
import { countOf } from '@/lib/catalog/periods';
import { reclaimKey, reclaimPlanQuery } from '@/lib/reclaim/queries-client';
import type { ReclaimPlan } from '@/lib/reclaim/types';
import { reclaimColumns, type RowAction } from './columns';
import { DecreaseDialog } from './decrease-dialog';
import { SpareSeatsDialog } from './spare-seats-dialog';
import { PlanTotals } from './totals';

type Props = { tenant?: { tenantId: string; displayName: string }; initial: ReclaimPlan; canManage: boolean; canMarkSpare: boolean };

/** The plan's totals, its notes, and one row per subscription with unused seats to reclaim. */
export function ReclaimView({ tenant, initial, canManage, canMarkSpare }: Props) {
  const queryClient = useQueryClient();
  const { data, error, isFetching, refetch } = useQuery({ ...reclaimPlanQuery(tenant?.tenantId), initialData: initial });
  const plan = data ?? initial;
  const [action, setAction] = useState<RowAction | 'tenant-spare' | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const columns = useMemo(() => reclaimColumns({ allTenants: !tenant, canManage, canMarkSpare, onAction: setAction }), [tenant, canManage, canMarkSpare]);
  const changed = (message: string) => {
    setAction(null);
    setNotice(message);
    void queryClient.invalidateQueries({ queryKey: reclaimKey });
  };
  return (
    <Stack spacing={2}>
      <SuccessNotice message={notice} testId="reclaim-notice" onClose={() => setNotice(null)} />
      {error && <Alert severity="error">{`${error.message} Try again with Refresh.`}</Alert>}
      <PlanTotals plan={plan} />
      {plan.withoutUsage > 0 && (
        <Alert severity="info">
          {countOf(plan.withoutUsage, 'tenant')} without current Microsoft usage: their unused seats are unknown or may be old.
          {plan.usageNotes.map((n) => (
            <Box component="span" sx={{ display: 'block' }} key={n}>
              {n}
            </Box>
          ))}
        </Alert>
      )}
      {plan.reservedOut > 0 && <Alert severity="info">{`${countOf(plan.reservedOut, 'subscription')} with unused seats left out: a "keep spare seats" mark keeps all of them.`}</Alert>}
      <Box sx={{ display: 'flex', gap: 1, alignItems: 'center', flexWrap: 'wrap' }}>
        <Typography variant="caption" color="text.secondary" sx={{ flexGrow: 1 }}>
          From the inventory and Microsoft&apos;s usage, computed {new Date(plan.at).toLocaleString()}. Seats inside their 7-day (168-hour) window can go now; the rest at renewal. Every change is
          re-checked and estimated by Ingram Micro before it is placed. At least one seat stays on each subscription (cancel to end one).
        </Typography>
        {tenant && canMarkSpare && (
          <Button variant="outlined" size="small" onClick={() => setAction('tenant-spare')}>
            Keep spare seats…
          </Button>
        )}
        <Button size="small" onClick={() => void refetch()} disabled={isFetching}>
          Refresh
        </Button>
      </Box>
      <DataTable
        aria-label="Reclaimable seats"
        exportName={tenant ? `reclaim-${tenant.displayName}` : 'reclaim-all-tenants'}
        rows={plan.rows}
        columns={columns}
        getRowId={(r) => r.subscriptionId}
        loading={isFetching && !data}
        disableVirtualization
        initialState={{ pagination: { paginationModel: { pageSize: 25 } }, columns: { columnVisibilityModel: { currency: false } } }}
        localeText={{ noRowsLabel: 'No unused seats to reclaim.' }}
      />
      {action && action !== 'tenant-spare' && action.kind !== 'spare' && <DecreaseDialog row={action.row} kind={action.kind} onClose={() => setAction(null)} onPlaced={changed} />}
      {action && action !== 'tenant-spare' && action.kind === 'spare' && (
        <SpareSeatsDialog
          tenantId={action.row.tenantId}
          tenantName={action.row.tenantName}
          subscription={{ id: action.row.subscriptionId, productName: action.row.productName }}
          current={action.row.spare}
          onClose={() => setAction(null)}
          onSaved={changed}
        />
      )}
      {action === 'tenant-spare' && tenant && <SpareSeatsDialog tenantId={tenant.tenantId} tenantName={tenant.displayName} marks={plan.marks} onClose={() => setAction(null)} onSaved={changed} />}
    </Stack>
  );
}
