'use client';
import Chip from '@mui/material/Chip';
import type { GridColDef } from '@mui/x-data-grid';
import { actionsColumn, DataTable } from '@/components/data-table';
import { formatMoney } from '@/lib/money';
import type { LicenseRow } from '@/lib/licenses/types';
import { timeLeft } from '@/lib/licenses/window';
import { RowActions, type ActionKind } from './row-actions';

export function windowText(r: LicenseRow, now = Date.now()): string {
  if (r.status !== 'active') return 'closed';
  const approx = r.window.approximate ? ' (approx.)' : '';
  if (r.window.cancelUntil && Date.parse(r.window.cancelUntil) > now) return `Cancel or decrease: ${timeLeft(r.window.cancelUntil, now)}${approx}`;
  if (r.window.removableSeats > 0 && r.window.removeUntil) return `Remove up to ${r.window.removableSeats}: ${timeLeft(r.window.removeUntil, now)}`;
  return 'closed';
}

export function inProgressText(r: LicenseRow): string {
  const o = r.inProgress;
  if (!o) return '';
  const number = o.orderNumber ?? 'being placed';
  if (o.scheduled) return `Decrease${o.newQuantity !== null ? ` to ${o.newQuantity}` : ''} scheduled at renewal (${number})`;
  return `Order ${number} in progress`;
}

type Props = { rows: LicenseRow[]; loading: boolean; exportName: string; canManage: boolean; canSeeCosts?: boolean; onAction: (kind: ActionKind, row: LicenseRow) => void };

export function LicenseGrid({ rows, loading, exportName, canManage, canSeeCosts = false, onAction }: Props) {
  const columns: GridColDef<LicenseRow>[] = [
    { field: 'productName', headerName: 'Product', flex: 1.4, minWidth: 220 },
    ...(canManage ? [actionsColumn<LicenseRow>(90, (p) => <RowActions row={p.row} onAction={onAction} />)] : []),
    { field: 'mpn', headerName: 'MPN', width: 160 },
    { field: 'quantity', headerName: 'Quantity', type: 'number', width: 90 },
    { field: 'status', headerName: 'Status', width: 100 },
    { field: 'termAndBilling', headerName: 'Term and billing', width: 190 },
    {
      field: 'unitPrice',
      headerName: 'Unit price',
      type: 'number',
      width: 110,
      valueGetter: (v: string | null) => (v === null ? null : Number(v)),
      valueFormatter: (v: number | null, r) => formatMoney(v === null ? null : String(v), r.currency),
    },
    {
      field: 'totalPrice',
      headerName: 'Total price',
      type: 'number',
      width: 120,
      valueGetter: (v: string | null) => (v === null ? null : Number(v)),
      valueFormatter: (v: number | null, r) => formatMoney(v === null ? null : String(v), r.currency),
    },
    { field: 'renewalDate', headerName: 'Renews / expires', width: 130, valueGetter: (_v, r) => (r.status === 'active' && r.autoRenew ? r.renewalDate : (r.expirationDate ?? r.renewalDate)) },
    { field: 'autoRenew', headerName: 'Auto-renew', width: 100, valueGetter: (v: boolean) => (v ? 'On' : 'Off') },
    { field: 'window', headerName: 'NCE window', width: 230, valueGetter: (_v, r) => windowText(r), sortComparator: (a: string, b: string) => a.localeCompare(b) },
    {
      field: 'inProgress',
      headerName: 'Order in progress',
      width: 270,
      valueGetter: (_v, r) => inProgressText(r),
      renderCell: (p) => (p.value ? <Chip size="small" color={p.row.inProgress?.scheduled ? 'default' : 'warning'} label={p.value as string} /> : null),
    },
  ];
  if (canSeeCosts) columns.push(...costColumns);
  return (
    <DataTable<LicenseRow>
      aria-label="Subscriptions"
      rows={rows}
      columns={columns}
      loading={loading && rows.length === 0}
      exportName={exportName}
      getRowId={(r) => r.id}
      disableVirtualization
      initialState={{ sorting: { sortModel: [{ field: 'productName', sort: 'asc' }] } }}
      localeText={{ noRowsLabel: 'This customer has no subscriptions.' }}
    />
  );
}

// ---- Cost and margin (issue 16, costs.view only; the rows carry no cost keys without it) ----
const costMoney = (field: 'unitCost' | 'monthlyCost' | 'monthlyMargin', headerName: string, width: number): GridColDef<LicenseRow> => ({
  field,
  headerName,
  type: 'number',
  width,
  valueGetter: (v: string | number | null | undefined) => (v === null || v === undefined ? null : Number(v)),
  valueFormatter: (v: number | null, r) => formatMoney(v === null ? null : String(v), r.currency),
});
const costColumns: GridColDef<LicenseRow>[] = [costMoney('unitCost', 'Unit cost', 110), costMoney('monthlyCost', 'Cost per month', 130), costMoney('monthlyMargin', 'Margin per month', 140)];
// ---- end of cost and margin ----
