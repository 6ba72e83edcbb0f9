'use client';
import WarningAmberIcon from '@mui/icons-material/WarningAmber';
import Chip from '@mui/material/Chip';
import type { GridColDef, GridRowSelectionModel } from '@mui/x-data-grid';
import { DataTable } from '@/components/data-table';
import { evidenceLabel, type Proposal } from '@/lib/mapping/match';
import { customerStatusWord, purchaseBlockReason } from '@/lib/purchase/customer-standing';

export type Selection = GridRowSelectionModel;

const columns: GridColDef<Proposal>[] = [
  { field: 'tenantName', headerName: 'Tenant', flex: 1, minWidth: 160 },
  { field: 'customerName', headerName: 'Ingram customer', flex: 1, minWidth: 180 },
  { field: 'customerId', headerName: 'Customer ID', width: 110 },
  {
    field: 'customerStatus',
    headerName: 'Status',
    width: 150,
    renderCell: ({ row }) =>
      !row.customerStatus || row.customerStatus === 'active' ? (
        (row.customerStatus ?? '')
      ) : (
        <Chip
          size="small"
          color="warning"
          icon={<WarningAmberIcon />}
          label={`${customerStatusWord(row.customerStatus)}: cannot order`}
          title={purchaseBlockReason(row.customerName, row.customerStatus) ?? ''}
        />
      ),
  },
  { field: 'evidence', headerName: 'Match', width: 130, valueGetter: (v: Proposal['evidence']) => evidenceLabel[v] },
  { field: 'reason', headerName: 'Reason', flex: 1.5, minWidth: 260 },
];

/** The proposals to review; all that can order are ticked at first, untick the ones not wanted. */
export function ProposalTable({ proposals, selection, onSelection }: { proposals: Proposal[]; selection: Selection; onSelection: (s: Selection) => void }) {
  return (
    <DataTable<Proposal>
      aria-label="Auto-map proposals"
      rows={proposals}
      columns={columns}
      getRowId={(p) => p.tenantId}
      exportName="auto-map-proposals"
      checkboxSelection
      rowSelectionModel={selection}
      onRowSelectionModelChange={onSelection}
    />
  );
}
