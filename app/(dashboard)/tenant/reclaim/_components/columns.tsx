'use client';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Tooltip from '@mui/material/Tooltip';
import type { GridColDef } from '@mui/x-data-grid';
import { actionsColumn } from '@/components/data-table';
import { formatMoney } from '@/lib/money';
import type { ReclaimRow } from '@/lib/reclaim/types';
import { deadlineText, termWords } from './format';

type Col = GridColDef<ReclaimRow>;
export type RowAction = { kind: 'remove' | 'schedule-decrease' | 'spare'; row: ReclaimRow };

const money = (field: keyof ReclaimRow, headerName: string, width = 150): Col => ({
  field,
  headerName,
  type: 'number',
  width,
  valueFormatter: (v: number, r) => formatMoney(v, r.currency),
});

export function reclaimColumns(opts: { allTenants: boolean; canManage: boolean; canMarkSpare: boolean; onAction: (a: RowAction) => void }): Col[] {
  const cols: Col[] = [
    ...(opts.allTenants ? [{ field: 'tenantName', headerName: 'Tenant', width: 180 } satisfies Col] : []),
    { field: 'productName', headerName: 'Product', flex: 1, minWidth: 200 },
    { field: 'quantity', headerName: 'Seats paid', type: 'number', width: 95 },
    { field: 'assigned', headerName: 'Assigned', type: 'number', width: 90 },
    { field: 'unused', headerName: 'Unused', type: 'number', width: 80 },
    {
      field: 'spare',
      headerName: 'Kept spare',
      width: 130,
      valueGetter: (_v, r) => r.spare?.seats ?? null,
      renderCell: ({ row }) => (row.spare ? <Chip size="small" label={`${row.spare.seats} (${row.spare.level === 'tenant' ? 'tenant' : 'this subscription'})`} /> : '—'),
    },
    { field: 'nowSeats', headerName: 'Reducible now', type: 'number', width: 115 },
    { field: 'nowDeadline', headerName: 'Window closes', width: 270, valueFormatter: (v: string | null) => deadlineText(v) },
    money('nowMonthly', 'Now saves / month'),
    money('nowTerm', 'Now saves to renewal', 165),
    { field: 'renewalSeats', headerName: 'At renewal', type: 'number', width: 95 },
    { field: 'renewalDate', headerName: 'Renews', width: 150, valueFormatter: (v: string | null, r) => (v ? `${v}${r.autoRenew ? '' : ' (ends: auto-renew off)'}` : '—') },
    money('renewalMonthly', 'Renewal saves / month', 170),
    {
      ...money('renewalTerm', 'Renewal saves / term', 165),
      description: 'Over the next term (its length is in the tooltip)',
      renderCell: ({ row, formattedValue }) => (
        <Tooltip title={`Over the next term of ${termWords(row.termMonths)}`}>
          <span>{formattedValue}</span>
        </Tooltip>
      ),
    },
    { field: 'currency', headerName: 'Currency', width: 80 },
  ];
  if (opts.canManage || opts.canMarkSpare) {
    cols.push(
      actionsColumn<ReclaimRow>(opts.canManage ? 420 : 160, ({ row }) => (
        <Box sx={{ display: 'flex', gap: 1, alignItems: 'center', height: '100%' }}>
          {opts.canManage && row.blocked && (
            <Tooltip title={row.blocked}>
              <Chip size="small" color="info" label="Order pending" />
            </Tooltip>
          )}
          {opts.canManage && !row.blocked && row.nowSeats > 0 && (
            <Button size="small" variant="outlined" color="error" onClick={() => opts.onAction({ kind: 'remove', row })}>
              Reduce now
            </Button>
          )}
          {opts.canManage && !row.blocked && row.renewalSeats > 0 && (
            <Button size="small" variant="outlined" onClick={() => opts.onAction({ kind: 'schedule-decrease', row })}>
              Schedule at renewal
            </Button>
          )}
          {opts.canMarkSpare && (
            <Button size="small" onClick={() => opts.onAction({ kind: 'spare', row })}>
              Keep spare
            </Button>
          )}
        </Box>
      )),
    );
  }
  return cols;
}
