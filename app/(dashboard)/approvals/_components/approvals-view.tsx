'use client';
import dynamic from 'next/dynamic';
import type { GridColDef } from '@mui/x-data-grid';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import b from '@/components/plain-button.module.css';
import { useState } from 'react';
import { actionsColumn, DataTable } from '@/components/data-table';
import { SuccessNotice } from '@/components/success-notice';
import { useNow } from '@/components/use-now';
import type { ApprovalDTO } from '@/lib/approvals/queries';
import { billingLabel, termLabel } from '@/lib/catalog/periods';
import { formatMoney } from '@/lib/money';

// Dialogs load when first opened, not with the page; the alert only after an order was sent here.
// Each lazy part has its own Suspense boundary (`loading`), so loading it never hides the page.
const Alert = dynamic(() => import('@mui/material/Alert'), { loading: () => null });
const ApproveDialog = dynamic(() => import('./decision-dialogs').then((m) => m.ApproveDialog), { ssr: false });
const RejectDialog = dynamic(() => import('./decision-dialogs').then((m) => m.RejectDialog), { ssr: false });

const statusLabel: Record<ApprovalDTO['status'], string> = {
  pending: 'Waiting for approval',
  placing: 'Approved, placing the order',
  placed: 'Approved and ordered',
  failed: 'Approved, Ingram refused the order',
  rejected: 'Rejected',
  expired: 'Expired',
};

/** "12 min", "3 h", "2 days": how old an estimate is. */
export function age(iso: string, now: number): string {
  const min = Math.max(0, Math.round((now - Date.parse(iso)) / 60_000));
  if (min < 60) return `${min} min`;
  const h = Math.round(min / 60);
  return h < 48 ? `${h} h` : `${Math.round(h / 24)} days`;
}

export function ApprovalsView({ rows, justRequested }: { rows: ApprovalDTO[]; justRequested: number | null }) {
  const router = useRouter();
  const now = useNow(60_000);
  const [approving, setApproving] = useState<ApprovalDTO | null>(null);
  const [rejecting, setRejecting] = useState<ApprovalDTO | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  // Decisions first: the row's other columns may scroll, the buttons never do.
  const columns: GridColDef<ApprovalDTO>[] = [
    actionsColumn(170, ({ row }) =>
      row.canDecide ? (
        <div style={{ display: 'flex', gap: 8 }}>
          {/* Plain buttons in MUI's look: the page's first paint carries no MUI Button (issue 20). */}
          <button type="button" className={`${b.button} ${b.small} ${b.contained}`} aria-label={`Approve request ${row.id}`} onClick={() => setApproving(row)}>
            Approve
          </button>
          <button type="button" className={`${b.button} ${b.small} ${b.error}`} aria-label={`Reject request ${row.id}`} onClick={() => setRejecting(row)}>
            Reject
          </button>
        </div>
      ) : (
        <span title={row.cannotDecide ?? undefined}>{row.cannotDecide ? 'Your own request' : ''}</span>
      ),
    ),
    { field: 'requestedAt', headerName: 'Requested', type: 'dateTime', width: 150, valueGetter: (v: string) => new Date(v) },
    {
      field: 'tenantName',
      headerName: 'Tenant',
      flex: 1,
      minWidth: 150,
    },
    { field: 'product', headerName: 'Product', flex: 1.4, minWidth: 200, valueGetter: (_v, r) => r.summary.product },
    { field: 'seats', headerName: 'Seats', type: 'number', width: 80, valueGetter: (_v, r) => r.summary.seats },
    { field: 'term', headerName: 'Term', width: 150, valueGetter: (_v, r) => `${termLabel(r.summary.termCode)}, ${billingLabel(r.summary.billingCode)}` },
    {
      field: 'monthly',
      headerName: 'Per month',
      type: 'number',
      width: 130,
      valueGetter: (_v, r) => (r.summary.monthly === null ? null : Number(r.summary.monthly)),
      valueFormatter: (v: number | null, r) => (v === null ? 'not priced' : `${formatMoney(v, r.summary.currency)} / month`),
    },
    {
      field: 'termTotal',
      headerName: 'Over the term',
      type: 'number',
      width: 140,
      valueGetter: (_v, r) => (r.summary.termTotal === null ? null : Number(r.summary.termTotal)),
      valueFormatter: (v: number | null, r) => (v === null ? '—' : `${formatMoney(v, r.summary.currency)} / term`),
    },
    { field: 'estimateAge', headerName: 'Estimate age', width: 110, sortable: false, valueGetter: (_v, r) => age(r.estimatedAt, now) },
    { field: 'requestedBy', headerName: 'Requested by', width: 170 },
    {
      field: 'status',
      headerName: 'Status',
      width: 210,
      valueGetter: (v: ApprovalDTO['status']) => statusLabel[v],
      renderCell: ({ row, value }) =>
        row.orderRef && row.tenantDomain ? (
          <Link href={`/tenant/orders/${encodeURIComponent(row.orderRef)}?tenantFilter=${encodeURIComponent(row.tenantDomain)}`}>{value as string}</Link>
        ) : (
          (value as string)
        ),
    },
    { field: 'reasonText', headerName: 'Why', flex: 1, minWidth: 160, valueGetter: (_v, r) => r.reason ?? r.summary.reasons.join('; ') },
  ];

  return (
    <div style={{ display: 'flex', flexDirection: 'column', gap: 16 }}>
      {justRequested !== null && (
        <Alert severity="info" data-testid="approval-requested">
          Your order is waiting for approval (request {justRequested}). Nothing has been sent to Ingram Micro yet: an approver places it, or rejects it with a reason.
        </Alert>
      )}
      <SuccessNotice message={notice} testId="approvals-notice" onClose={() => setNotice(null)} />
      <DataTable
        exportName="approvals"
        rows={rows}
        columns={columns}
        getRowId={(r) => r.id}
        aria-label="Approval requests"
        initialState={{ columns: { columnVisibilityModel: { termTotal: true } } }}
      />
      {approving && (
        <ApproveDialog
          request={approving}
          onClose={() => setApproving(null)}
          onDone={(message) => {
            setApproving(null);
            setNotice(message);
            router.refresh();
          }}
        />
      )}
      {rejecting && (
        <RejectDialog
          request={rejecting}
          onClose={() => setRejecting(null)}
          onDone={(message) => {
            setRejecting(null);
            setNotice(message);
            router.refresh();
          }}
        />
      )}
    </div>
  );
}
