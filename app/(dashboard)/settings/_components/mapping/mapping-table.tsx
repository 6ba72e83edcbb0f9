'use client';
import type { GridColDef } from '@mui/x-data-grid';
import { actionsColumn, DataTable } from '@/components/data-table';
import b from '@/components/plain-button.module.css';
import type { MappingRow } from '@/lib/mapping/queries';
import s from './mapping.module.css';

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
            {row.sharedWith.length > 0 && <span className={s.caption}> — also serves {row.sharedWith.join(', ')}</span>}
          </span>
        ) : (
          <span className={s.secondary}>not mapped</span>
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
        <span className={row.problem ? s.problem : undefined} title={value as string}>
          {value as string}
        </span>
      ),
    },
    { field: 'method', headerName: 'Mapped', width: 150, valueGetter: (_v, r) => (r.method ? METHOD_LABEL[r.method] : '') },
  ];
  if (canManage) {
    columns.push(
      actionsColumn(170, ({ row }) => (
        <>
          <button type="button" className={`${b.button} ${b.small}`} onClick={() => onEdit(row)} aria-label={`${row.customerId ? 'Change' : 'Map'} ${row.tenantName}`}>
            {row.customerId ? 'Change' : 'Map'}
          </button>
          {row.customerId && (
            <button type="button" className={`${b.button} ${b.small} ${b.error}`} onClick={() => onRemove(row)} aria-label={`Remove mapping of ${row.tenantName}`}>
              Remove
            </button>
          )}
        </>
      )),
    );
  }
  return <DataTable<MappingRow> rows={rows} columns={columns} getRowId={(r) => r.tenantId} exportName="tenant-mappings" aria-label="Tenant mappings" />;
}
