'use client';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Link from '@mui/material/Link';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import type { GridColDef } from '@mui/x-data-grid';
import { useQuery } from '@tanstack/react-query';
import NextLink from 'next/link';
import { DataTable } from '@/components/data-table';
import { OrderStatusChip } from '@/components/order-status-chip';
import { useSearchState } from '@/components/use-search-state';
import { orderPageSchema, type OrderPageQuery } from '@/lib/inventory/filter';
import { portfolioOrdersQuery } from '@/lib/inventory/queries-client';
import type { PortfolioOrder, PortfolioOrdersPage } from '@/lib/inventory/types';
import { statusLabel } from '@/lib/orders/status';

const tenantParam = (r: PortfolioOrder) => encodeURIComponent(r.tenantDomain ?? r.tenantId);

const columns: GridColDef<PortfolioOrder>[] = [
  {
    field: 'tenantName',
    headerName: 'Tenant',
    width: 200,
    renderCell: ({ row }) => (
      <Link component={NextLink} href={`/tenant/orders?tenantFilter=${tenantParam(row)}`}>
        {row.tenantName}
      </Link>
    ),
  },
  {
    field: 'orderNumber',
    headerName: 'Order',
    width: 170,
    valueGetter: (_v, r) => r.orderNumber ?? '(being placed)',
    renderCell: ({ row, value }) => (
      <Link component={NextLink} href={`/tenant/orders/${encodeURIComponent(row.ref)}?tenantFilter=${tenantParam(row)}`}>
        {String(value)}
      </Link>
    ),
  },
  { field: 'createdAt', headerName: 'Created', width: 180, valueFormatter: (v: string | null) => (v ? new Date(v).toLocaleString() : '') },
  { field: 'type', headerName: 'Type', width: 110 },
  { field: 'productName', headerName: 'Product', flex: 1, minWidth: 200 },
  { field: 'quantity', headerName: 'Seats', type: 'number', width: 80 },
  { field: 'status', headerName: 'Status', width: 190, valueGetter: (_v, r) => statusLabel[r.status], renderCell: ({ row }) => <OrderStatusChip status={row.status} /> },
  { field: 'message', headerName: 'Message', flex: 1, minWidth: 200 },
];

/** Orders of every tenant: in progress or failed, filtered and paged by the server. */
export function AllTenantsOrders({ initial }: { initial: { query: OrderPageQuery; data: PortfolioOrdersPage } }) {
  const [query, update] = useSearchState(orderPageSchema);
  const sameAsServer = JSON.stringify(query) === JSON.stringify(initial.query);
  const { data, error } = useQuery({ ...portfolioOrdersQuery(query), initialData: sameAsServer ? initial.data : undefined, staleTime: 30_000 });
  const page = data ?? initial.data;
  return (
    <>
      <Box role="search" aria-label="Filter orders" sx={{ display: 'flex', gap: 1.5, mb: 2, flexWrap: 'wrap' }}>
        <TextField select size="small" label="Orders" value={query.state ?? ''} onChange={(e) => update({ state: e.target.value })} sx={{ width: 180 }}>
          <MenuItem value="">All</MenuItem>
          <MenuItem value="open">In progress</MenuItem>
          <MenuItem value="failed">Failed</MenuItem>
        </TextField>
        <TextField select size="small" label="Created within" value={query.days === undefined ? '' : String(query.days)} onChange={(e) => update({ days: e.target.value })} sx={{ width: 160 }}>
          <MenuItem value="">Any time</MenuItem>
          {[1, 7, 30, 90].map((d) => (
            <MenuItem key={d} value={String(d)}>{`${d} ${d === 1 ? 'day' : 'days'}`}</MenuItem>
          ))}
        </TextField>
      </Box>
      {error && <Alert severity="error" sx={{ mb: 2 }}>{`${error.message} Try again.`}</Alert>}
      <DataTable
        aria-label="Orders of all tenants"
        exportName="all-tenants-orders"
        rows={page.rows}
        columns={columns}
        getRowId={(r) => r.key}
        autoHeight
        paginationMode="server"
        sortingMode="server"
        filterMode="server"
        disableColumnFilter
        disableColumnSorting
        rowCount={page.total}
        paginationModel={{ page: query.page, pageSize: query.pageSize }}
        onPaginationModelChange={(m) => update({ page: m.page, pageSize: m.pageSize })}
        localeText={{ noRowsLabel: 'No order matches.' }}
      />
    </>
  );
}
