'use client';
// Assigned and Unused, Microsoft's side of a subscription (issue 18), for both license grids. The
// values are numbers (sorting, exports); the Unused cell adds seats Microsoft counts from another source.
import Chip from '@mui/material/Chip';
import type { GridColDef, GridRenderCellParams, GridValidRowModel } from '@mui/x-data-grid';
import type { UsageFields } from '@/lib/inventory/types';

const NO_DATA = 'Microsoft has no data for this subscription (not read yet, not linked, or the tenant could not be read)';

/** "+5 from another source" when Microsoft counts more seats than Ingram bills. */
export const otherSourceText = (r: UsageFields) => (r.otherSourceSeats ? `+${r.otherSourceSeats} from another source` : '');

function AssignedCell({ row }: GridRenderCellParams<UsageFields & GridValidRowModel>) {
  if (row.assigned === null || row.assigned === undefined) return <span title={NO_DATA}>–</span>;
  return <span title={`${row.assigned} seats assigned to users${row.microsoftSeats != null ? ` of ${row.microsoftSeats} Microsoft counts` : ''}`}>{row.assigned}</span>;
}

function UnusedCell({ row }: GridRenderCellParams<UsageFields & GridValidRowModel>) {
  if (row.unused === null || row.unused === undefined) return <span title={NO_DATA}>–</span>;
  const other = otherSourceText(row);
  return (
    <span title={`${row.unused} paid seats unused${other ? `; ${other}` : ''}`} style={{ display: 'inline-flex', alignItems: 'center', gap: 4, overflow: 'hidden', whiteSpace: 'nowrap' }}>
      {row.unused}
      {other && <Chip size="small" variant="outlined" color="info" label={other} />}
    </span>
  );
}

const count = (v: number | null | undefined) => (v === null || v === undefined ? '' : String(v));

/** The two columns; `minWidth`s are small so CSP Licenses still fits 1440 px. */
export function usageColumns<R extends UsageFields & GridValidRowModel>(opts: { flex?: boolean } = {}): GridColDef<R>[] {
  const size = (w: number, flex: number) => (opts.flex ? { flex, minWidth: w } : { width: w + 20 });
  return [
    { field: 'assigned', headerName: 'Assigned', type: 'number', ...size(84, 0.5), valueFormatter: count, renderCell: AssignedCell as GridColDef<R>['renderCell'] },
    { field: 'unused', headerName: 'Unused', type: 'number', ...size(88, 0.8), valueFormatter: count, renderCell: UnusedCell as GridColDef<R>['renderCell'] },
    // Hidden by default in the tenant grid; the seats themselves, for the export and a column chooser.
    { field: 'otherSourceSeats', headerName: 'From another source', type: 'number', sortable: false, ...size(90, 0.6), valueFormatter: count },
  ];
}
