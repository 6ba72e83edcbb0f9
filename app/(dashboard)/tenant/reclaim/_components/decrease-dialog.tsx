'use client';
import Alert from '@mui/material/Alert';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { ConfirmDialog } from '@/components/confirm-dialog';
import { ActionErrorAlert } from '@/components/upstream-error';
import type { ActionFailure } from '@/lib/actions/result';
import { seatCount } from '@/lib/catalog/periods';
import { seatEstimateQuery } from '@/lib/licenses/queries-client';
import { formatMoney } from '@/lib/money';
import type { ReclaimRow } from '@/lib/reclaim/types';
import { changeLicenseSeats } from '../../licenses/actions';
import { BeforeAfter } from '../../licenses/_components/before-after';
import { newRequestKey } from '../../licenses/_components/use-change-context';
import { deadlineText, termWords } from './format';

type Props = { row: ReclaimRow; kind: 'remove' | 'schedule-decrease'; onClose: () => void; onPlaced: (message: string) => void };

/** One row's decrease through the CSP Licenses change action: Ingram's estimate, then one order per dialog (its request key). */
export function DecreaseDialog({ row, kind, onClose, onPlaced }: Props) {
  const now = kind === 'remove';
  const seats = now ? row.nowSeats : row.renewalSeats;
  // One key per dialog: a double click or a retry finds the first order instead of placing a second.
  const [requestKey] = useState(newRequestKey);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<ActionFailure | null>(null);
  const estimate = useQuery(seatEstimateQuery(row.tenantId, row.subscriptionId, kind, now ? seats : undefined));
  const est = estimate.data;
  const confirm = async () => {
    if (busy) return;
    setBusy(true);
    setFailure(null);
    try {
      const res = await changeLicenseSeats({ tenantId: row.tenantId, subscriptionId: row.subscriptionId, kind, seats, requestKey });
      if (res.ok)
        onPlaced(
          `${now ? 'Decrease' : 'Decrease at renewal'} of ${seatCount(seats)} on ${row.productName} (${row.tenantName}) sent to Ingram Micro as ${res.data.ingramOrderNumber ? `order ${res.data.ingramOrderNumber}` : `PO ${res.data.poNumber}`}.`,
        );
      else setFailure(res);
    } finally {
      setBusy(false);
    }
  };
  const title = now ? `Reduce now: ${row.productName}` : `Schedule at renewal: ${row.productName}`;
  return (
    <ConfirmDialog
      open
      title={title}
      confirmLabel={now ? `Remove ${seatCount(seats)} now` : `Schedule removing ${seatCount(seats)}`}
      destructive
      busy={busy}
      onClose={onClose}
      onConfirm={() => void confirm()}
    >
      <Alert severity="info" sx={{ mb: 1 }}>
        {now
          ? `${row.tenantName}: ${seatCount(seats)} of the ${row.unused} unused ${row.unused === 1 ? 'is' : 'are'} inside the 7-day (168-hour) window, which closes ${deadlineText(row.nowDeadline)}. Saves ${formatMoney(row.nowMonthly, row.currency)} per month, ${formatMoney(row.nowTerm, row.currency)} until the renewal.`
          : `${row.tenantName}: the decrease takes effect on the renewal date (${row.renewalDate ?? 'unknown'}); until then the subscription keeps, and is billed for, ${seatCount(row.quantity)}. Nothing is refunded now. Saves ${formatMoney(row.renewalMonthly, row.currency)} per month, ${formatMoney(row.renewalTerm, row.currency)} over the next term (${termWords(row.termMonths)}).`}
      </Alert>
      {row.spare && (
        <Alert severity="info" sx={{ mb: 1 }}>{`${seatCount(row.spare.seats)} kept spare (${row.spare.level === 'tenant' ? 'the tenant’s mark' : 'this subscription’s mark'}) are not counted.`}</Alert>
      )}
      <BeforeAfter
        lines={[
          { label: 'Seats', before: String(row.quantity), after: String(row.quantity - seats) },
          { label: 'Assigned in Microsoft 365', before: String(row.assigned), after: String(row.assigned) },
        ]}
        estimating={now && estimate.isFetching}
        estimate={now && est?.ok ? est.data.estimate : undefined}
        estimateError={now ? (est && !est.ok ? `No estimate: ${est.error}` : undefined) : 'Nothing is charged or refunded now'}
      />
      {now && est && !est.ok && <ActionErrorAlert failure={est} />}
      {failure && <ActionErrorAlert failure={failure} />}
    </ConfirmDialog>
  );
}
