'use client';
import DownloadIcon from '@mui/icons-material/Download';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import FormControlLabel from '@mui/material/FormControlLabel';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import Switch from '@mui/material/Switch';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import type { GridColDef } from '@mui/x-data-grid';
import { usePathname, useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import { DataTable } from '@/components/data-table';
import { roleDisplayName } from '@/lib/auth/roles';
import { auditFilterQuery, type AuditFilter } from '@/lib/logs/filter';
import type { AuditDTO, AuditFacets } from '@/lib/logs/queries';

const resultColor = { success: 'success', failure: 'error', refused: 'warning' } as const;

const cellText = (value: unknown) => <span title={String(value ?? '')}>{String(value ?? '')}</span>;

// The result comes second so it shows at 1440 px without scrolling sideways.
const columns: GridColDef<AuditDTO>[] = [
  { field: 'at', headerName: 'When', width: 165, valueFormatter: (v: string) => new Date(v).toLocaleString() },
  { field: 'result', headerName: 'Result', width: 100, renderCell: ({ row }) => <Chip size="small" variant="outlined" label={row.result} color={resultColor[row.result]} /> },
  {
    field: 'userEmail',
    headerName: 'Who',
    width: 220,
    valueGetter: (_v, r) => (r.userEmail ? `${r.userEmail} (${r.role ? roleDisplayName(r.role) : '?'})` : 'anonymous'),
    renderCell: ({ value }) => cellText(value),
  },
  { field: 'tenantName', headerName: 'Tenant', width: 150, valueGetter: (_v, r) => r.tenantName ?? r.tenantId ?? '', renderCell: ({ value }) => cellText(value) },
  { field: 'action', headerName: 'Action', width: 165 },
  {
    field: 'target',
    headerName: 'Target',
    width: 230,
    // A subscription id alone says nothing to a technician: its product's name goes first.
    valueGetter: (_v, r) => (r.productName && r.target && !r.target.includes(r.productName) ? `${r.productName} (${r.target})` : (r.target ?? '')),
    renderCell: ({ value }) => cellText(value),
  },
  {
    field: 'change',
    headerName: 'Before → after',
    flex: 1,
    minWidth: 220,
    renderCell: ({ row }) => <span title={row.before || row.after ? `${row.before ?? '–'} → ${row.after ?? '–'}` : ''}>{row.change}</span>,
  },
  { field: 'message', headerName: 'Message', width: 240, renderCell: ({ value }) => cellText(value) },
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
        <FormControlLabel control={<Switch checked={current.signins} onChange={(e) => go({ signins: e.target.checked, page: 0 })} />} label="Show sign-ins" />
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
