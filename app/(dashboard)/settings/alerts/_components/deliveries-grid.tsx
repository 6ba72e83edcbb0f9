'use client';
import Chip from '@mui/material/Chip';
import Stack from '@mui/material/Stack';
import type { GridColDef } from '@mui/x-data-grid';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { DataTable } from '@/components/data-table';
import { ActionErrorAlert } from '@/components/upstream-error';
import type { DeliveryDTO } from '@/lib/alerts/deliveries';
import { deliveriesQuery } from '@/lib/alerts/queries-client';

const statusColor = { sent: 'success', pending: 'warning', failed: 'error' } as const;
const when = (v: string | null) => (v ? new Date(v).toLocaleString() : '');

const columns: GridColDef<DeliveryDTO>[] = [
  { field: 'queuedAt', headerName: 'Queued', width: 170, valueFormatter: when },
  { field: 'channelName', headerName: 'Channel', width: 160 },
  { field: 'kind', headerName: 'Type', width: 80 },
  { field: 'subject', headerName: 'Message', flex: 1, minWidth: 220 },
  { field: 'status', headerName: 'Status', width: 100, renderCell: ({ row }) => <Chip size="small" variant="outlined" label={row.status} color={statusColor[row.status]} /> },
  { field: 'attempts', headerName: 'Attempts', width: 90, type: 'number' },
  { field: 'nextAttemptAt', headerName: 'Next try', width: 170, valueFormatter: when },
  { field: 'lastStatus', headerName: 'Last status', width: 100 },
  { field: 'lastError', headerName: 'Last error', flex: 1, minWidth: 220, renderCell: ({ value }) => <span title={value ?? ''}>{value}</span> },
];

/** Every queued, sent and failed delivery, newest first, paged on the server. */
export function DeliveriesGrid() {
  const [model, setModel] = useState({ page: 0, pageSize: 25 });
  const q = useQuery(deliveriesQuery(model.page, model.pageSize));
  const data = q.data?.ok ? q.data.data : undefined;
  return (
    <Stack spacing={2}>
      {q.data && !q.data.ok && <ActionErrorAlert failure={q.data} onRetry={() => void q.refetch()} />}
      <DataTable
        exportName="alert-deliveries"
        aria-label="Alert deliveries"
        rows={data?.rows ?? []}
        columns={columns}
        getRowId={(r) => r.id}
        loading={q.isFetching && !data}
        paginationMode="server"
        rowCount={data?.total ?? 0}
        paginationModel={model}
        onPaginationModelChange={(m) => setModel({ page: m.pageSize === model.pageSize ? m.page : 0, pageSize: m.pageSize })}
        pageSizeOptions={[25, 50, 100]}
        disableColumnSorting
        disableColumnFilter
        slotProps={{ toolbar: { showQuickFilter: false, printOptions: { disableToolbarButton: true } } }}
      />
    </Stack>
  );
}
