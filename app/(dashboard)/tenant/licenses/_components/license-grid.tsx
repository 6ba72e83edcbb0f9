'use client';
import type { GridColDef } from '@mui/x-data-grid';
import { actionsColumn, DataTable } from '@/components/data-table';
import { useNow } from '@/components/use-now';
import type { LicenseRow } from '@/lib/licenses/types';
import { formatMoney } from '@/lib/money';
import { inProgressText, moneyText, OrderStateCell, renewalText, SeatsCell, TitledCell, windowText } from './license-columns';
import { RowActions, type ActionKind } from './row-actions';
import { usageColumns } from './usage/usage-columns';
import { WindowCell } from './window-cell';

export { inProgressText, windowText } from './license-columns';

type Props = { rows: LicenseRow[]; loading: boolean; exportName: string; canManage: boolean; canSeeCosts?: boolean; onAction: (kind: ActionKind, row: LicenseRow) => void };

const text = (field: string, headerName: string, flex: number, minWidth: number, extra: Partial<GridColDef<LicenseRow>> = {}): GridColDef<LicenseRow> => ({
  field,
  headerName,
  flex,
  minWidth,
  renderCell: (p) => <TitledCell value={p.formattedValue ?? p.value} />,
  ...extra,
});

const money = (field: 'unitPrice' | 'totalPrice', headerName: string, flex: number, minWidth: number): GridColDef<LicenseRow> =>
  text(field, headerName, flex, minWidth, {
    type: 'number',
    align: 'right',
    headerAlign: 'right',
    valueGetter: (v: string | null) => (v === null ? null : Number(v)),
    valueFormatter: (v: number | null, r) => moneyText(v === null ? null : String(v), r),
  });

/**
 * Fits 1440 px without horizontal scrolling: product first, then the actions in a kebab menu,
 * flexible columns with small minimums, and the rarely needed ones (MPN, subscription id, unit price,
 * seats from another source: the Unused cell names them) hidden.
 */
export function LicenseGrid({ rows, loading, exportName, canManage, canSeeCosts = false, onAction }: Props) {
  // The same time as the server's HTML while hydrating (components/use-now.ts), then the clock.
  const now = useNow();
  const columns: GridColDef<LicenseRow>[] = [
    text('productName', 'Product', 1.6, 140),
    ...(canManage ? [{ ...actionsColumn<LicenseRow>(52, (p) => <RowActions row={p.row} onAction={onAction} />), headerName: '' }] : []),
    text('id', 'Subscription id', 1, 110),
    text('mpn', 'MPN', 1, 120),
    { field: 'quantity', headerName: 'Seats', type: 'number', flex: 0.5, minWidth: 64, renderCell: SeatsCell, valueFormatter: (v: number | null) => (v === null ? '-' : String(v)) },
    text('status', 'Status', 0.7, 84),
    text('termAndBilling', 'Term and billing', 1, 130),
    money('unitPrice', 'Unit price', 1, 120),
    money('totalPrice', 'Total', 1, 120),
    text('renewalDate', 'Renewal', 1, 124, { valueGetter: (_v, r) => renewalText(r) }),
    ...usageColumns<LicenseRow>({ flex: true }),
    { field: 'autoRenew', headerName: 'Auto-renew', width: 90, valueGetter: (v: boolean) => (v ? 'On' : 'Off') },
    text('window', 'NCE window', 1.2, 124, { valueGetter: (_v, r) => windowText(r, now), sortComparator: (a: string, b: string) => a.localeCompare(b), renderCell: (p) => <WindowCell {...p} /> }),
    // The last header clips its menu button and resize handle, which would otherwise overhang the grid and scroll it sideways.
    { field: 'inProgress', headerName: 'Order state', flex: 1.4, minWidth: 124, headerClassName: 'last-column', valueGetter: (_v, r) => inProgressText(r), renderCell: OrderStateCell },
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
      initialState={{
        sorting: { sortModel: [{ field: 'productName', sort: 'asc' }] },
        columns: { columnVisibilityModel: { id: false, mpn: false, unitPrice: false, autoRenew: false, otherSourceSeats: false } },
      }}
      localeText={{ noRowsLabel: 'This customer has no subscriptions.' }}
      sx={{ bgcolor: 'background.paper', minHeight: 240, '& .last-column': { overflow: 'hidden' } }}
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
