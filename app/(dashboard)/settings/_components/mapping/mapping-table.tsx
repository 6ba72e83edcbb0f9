'use client';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import type { GridColDef } from '@mui/x-data-grid';
import { actionsColumn, DataTable } from '@/components/data-table';
import type { MappingRow } from '@/lib/mapping/queries';

// A saved automatic match keeps only "tenant id or domain" (the reason's detail is in the audit row).
const METHOD_LABEL = { manual: 'Manual', tenantId: 'By tenant id or domain', name: 'By name' } as const;

type Props = { rows: MappingRow[]; canManage: boolean; onEdit: (row: MappingRow) => void; onRemove: (row: MappingRow) => void };

export function MappingTable({ rows, canManage, onEdit, onRemove }: Props) {
  const columns: GridColDef<MappingRow>[] = [
    { field: 'tenantName', headerName: 'Tenant', flex: 1, minWidth: 150 },
    { field: 'defaultDomain', headerName: 'Default domain', flex: 1, minWidth: 160 },
    {
      field: 'customerName',
      headerName: 'Ingram customer',
      flex: 1.2,
      minWidth: 180,
      valueGetter: (_v, r) => r.customerName ?? 'not mapped',
      renderCell: ({ row }) =>
        row.customerId ? (
          <span>
            {row.customerName}
            {row.sharedWith.length > 0 && (
              <Typography component="span" variant="caption" color="text.secondary">
                {' '}
                — also serves {row.sharedWith.join(', ')}
              </Typography>
            )}
          </span>
        ) : (
          <Typography component="span" color="text.secondary">
            not mapped
          </Typography>
        ),
    },
    { field: 'customerId', headerName: 'Customer ID', width: 110, valueGetter: (_v, r) => r.customerId ?? '' },
    {
      field: 'customerStatus',
      headerName: 'Customer status',
      flex: 1,
      minWidth: 150,
      valueGetter: (_v, r) => r.problem ?? r.customerStatus ?? (r.customerId ? 'unknown' : ''),
      renderCell: ({ row, value }) => (
        <Typography component="span" variant="body2" color={row.problem ? 'error' : undefined} title={value as string}>
          {value as string}
        </Typography>
      ),
    },
    { field: 'method', headerName: 'Mapped', width: 150, valueGetter: (_v, r) => (r.method ? METHOD_LABEL[r.method] : '') },
  ];
  if (canManage) {
    columns.push(
      actionsColumn(170, ({ row }) => (
        <>
          <Button size="small" onClick={() => onEdit(row)} aria-label={`${row.customerId ? 'Change' : 'Map'} ${row.tenantName}`}>
            {row.customerId ? 'Change' : 'Map'}
          </Button>
          {row.customerId && (
            <Button size="small" color="error" onClick={() => onRemove(row)} aria-label={`Remove mapping of ${row.tenantName}`}>
              Remove
            </Button>
          )}
        </>
      )),
    );
  }
  return <DataTable<MappingRow> rows={rows} columns={columns} getRowId={(r) => r.tenantId} exportName="tenant-mappings" aria-label="Tenant mappings" />;
}
