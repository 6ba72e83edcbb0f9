'use client';
import Link from '@mui/material/Link';
import type { GridColDef } from '@mui/x-data-grid';
import NextLink from 'next/link';
import { DataTable } from '@/components/data-table';
import type { OrderListRow } from '@/lib/orders/list';
import { statusLabel } from '@/lib/orders/status';
import { OrderStatusChip } from '@/components/order-status-chip';

/** The tenant's orders in the shared grid: sortable, filterable, exportable. */
export function OrdersTable({ rows, tenantFilter }: { rows: OrderListRow[]; tenantFilter: string }) {
  const columns: GridColDef<OrderListRow>[] = [
    {
      field: 'orderNumber',
      headerName: 'Order',
      flex: 1,
      minWidth: 170,
      valueGetter: (_v, r) => r.orderNumber ?? `(${r.poNumber ?? r.ref})`,
      renderCell: ({ row, value }) => (
        <Link component={NextLink} href={`/tenant/orders/${encodeURIComponent(row.ref)}?tenantFilter=${encodeURIComponent(tenantFilter)}`}>
          {String(value)}
        </Link>
      ),
    },
    { field: 'createdAt', headerName: 'Created', minWidth: 170, valueFormatter: (v: string) => (v ? new Date(v).toLocaleString() : '') },
    { field: 'kindLabel', headerName: 'Type', minWidth: 190 },
    { field: 'product', headerName: 'Product', flex: 1.4, minWidth: 200, valueGetter: (v: string | null) => v ?? '' },
    // The words for people; the export carries the number (Quantity) instead.
    { field: 'seats', headerName: 'Seats', minWidth: 130, disableExport: true },
    { field: 'quantity', headerName: 'Quantity', type: 'number', width: 90 },
    {
      field: 'status',
      headerName: 'Status',
      minWidth: 180,
      valueGetter: (_v, r) => statusLabel[r.status],
      renderCell: ({ row }) => <OrderStatusChip status={row.status} />,
    },
    { field: 'poNumber', headerName: 'PO number', minWidth: 210 },
    { field: 'subscriptionId', headerName: 'Subscription', minWidth: 120 },
    { field: 'placedBy', headerName: 'Placed by', minWidth: 170 },
    { field: 'source', headerName: 'Source', minWidth: 100, valueGetter: (v: string) => (v === 'app' ? 'This app' : 'Ingram') },
  ];
  return (
    <DataTable
      exportName="orders"
      rows={rows}
      columns={columns}
      getRowId={(r) => r.ref}
      autoHeight
      initialState={{ sorting: { sortModel: [{ field: 'createdAt', sort: 'desc' }] } }}
      localeText={{ noRowsLabel: 'No orders for this tenant yet.' }}
    />
  );
}
