'use client';
import DownloadIcon from '@mui/icons-material/Download';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import type { GridColDef } from '@mui/x-data-grid';
import { usePathname, useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import { DataTable } from '@/components/data-table';
import { auditFilterQuery, type AuditFilter } from '@/lib/logs/filter';
import type { AuditDTO, AuditFacets } from '@/lib/logs/queries';

const resultColor = { success: 'success', failure: 'error', refused: 'warning' } as const;

const columns: GridColDef<AuditDTO>[] = [
  { field: 'at', headerName: 'When', width: 170, valueFormatter: (v: string) => new Date(v).toLocaleString() },
  { field: 'userEmail', headerName: 'Who', width: 230, valueGetter: (_v, r) => (r.userEmail ? `${r.userEmail} (${r.role ?? '?'})` : 'anonymous') },
  { field: 'tenantName', headerName: 'Tenant', width: 170, valueGetter: (_v, r) => r.tenantName ?? r.tenantId ?? '' },
  { field: 'action', headerName: 'Action', width: 170 },
  { field: 'target', headerName: 'Target', width: 180 },
  {
    field: 'change',
    headerName: 'Before → after',
    flex: 1,
    minWidth: 260,
    valueGetter: (_v, r) => (r.before || r.after ? `${r.before ?? '–'} → ${r.after ?? '–'}` : ''),
    renderCell: ({ value }) => (
      <span style={{ fontFamily: 'monospace', fontSize: 12 }} title={value}>
        {value}
      </span>
    ),
  },
  { field: 'result', headerName: 'Result', width: 100, renderCell: ({ row }) => <Chip size="small" variant="outlined" label={row.result} color={resultColor[row.result]} /> },
  { field: 'message', headerName: 'Message', width: 240, renderCell: ({ value }) => <span title={value ?? ''}>{value}</span> },
  { field: 'correlationId', headerName: 'Correlation ID', width: 200 },
];

type Props = { filter: AuditFilter; rows: AuditDTO[]; total: number; facets: AuditFacets };

export function LogsView({ filter, rows, total, facets }: Props) {
  const router = useRouter();
  const pathname = usePathname();
  const [loading, startTransition] = useTransition();
  // The choices show at once; the server's page follows (two quick changes must both count).
  const [current, setCurrent] = useState(filter);
  // A new filter from the server replaces the local choices (set during render, not in an effect).
  const [fromServer, setFromServer] = useState(filter);
  if (fromServer !== filter) {
    setFromServer(filter);
    setCurrent(filter);
  }
  const go = (next: Partial<AuditFilter>) => {
    const merged = { ...current, ...next };
    setCurrent(merged);
    const q = auditFilterQuery(merged);
    startTransition(() => router.push(q ? `${pathname}?${q}` : pathname));
  };
  // A changed filter starts again at the first page.
  const select = (key: 'tenant' | 'user' | 'action' | 'result', label: string, options: { value: string; label: string }[]) => (
    <TextField select size="small" label={label} sx={{ minWidth: 180 }} value={current[key] ?? ''} onChange={(e) => go({ [key]: e.target.value || undefined, page: 0 })}>
      <MenuItem value="">All</MenuItem>
      {options.map((o) => (
        <MenuItem key={o.value} value={o.value}>
          {o.label}
        </MenuItem>
      ))}
    </TextField>
  );

  return (
    <Stack spacing={2}>
      <Stack direction="row" spacing={2} useFlexGap sx={{ flexWrap: 'wrap', alignItems: 'center' }}>
        {select(
          'tenant',
          'Tenant',
          facets.tenants.map((t) => ({ value: t.tenantId, label: t.name })),
        )}
        {select(
          'user',
          'User',
          facets.users.map((u) => ({ value: u, label: u })),
        )}
        {select(
          'action',
          'Action',
          facets.actions.map((a) => ({ value: a, label: a })),
        )}
        {select(
          'result',
          'Result',
          ['success', 'failure', 'refused'].map((r) => ({ value: r, label: r })),
        )}
        <Typography variant="body2" color="text.secondary" sx={{ flexGrow: 1 }} data-testid="log-total">
          {total} entr{total === 1 ? 'y' : 'ies'}
        </Typography>
        <Button variant="outlined" startIcon={<DownloadIcon />} href={`/settings/logs/export?${auditFilterQuery(filter, false)}`} download>
          Export CSV
        </Button>
      </Stack>
      <DataTable
        exportName="audit-log"
        aria-label="Audit log"
        rows={rows}
        columns={columns}
        getRowId={(r) => r.id}
        loading={loading}
        paginationMode="server"
        rowCount={total}
        paginationModel={{ page: current.page, pageSize: current.pageSize }}
        onPaginationModelChange={(m) => go({ page: m.pageSize === current.pageSize ? m.page : 0, pageSize: m.pageSize as AuditFilter['pageSize'] })}
        pageSizeOptions={[25, 50, 100]}
        disableColumnSorting
        disableColumnFilter
        slotProps={{ toolbar: { showQuickFilter: false, csvOptions: { disableToolbarButton: true }, printOptions: { disableToolbarButton: true } } }}
      />
    </Stack>
  );
}
