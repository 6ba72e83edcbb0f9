'use client';
import Alert from '@mui/material/Alert';
import CircularProgress from '@mui/material/CircularProgress';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { ConfirmDialog } from '@/components/confirm-dialog';
import { ActionErrorAlert } from '@/components/upstream-error';
import { useNow } from '@/components/use-now';
import { inProgressMessage } from '@/lib/licenses/bounds';
import { cancelEstimateQuery } from '@/lib/licenses/queries-client';
import { formatMoney } from '@/lib/money';
import type { LicenseRow } from '@/lib/licenses/types';
import { timeLeft } from '@/lib/licenses/window';
import type { OrderDto } from '@/lib/orders/types';
import { cancelLicense, setLicenseAutoRenew } from '../actions';
import { BeforeAfter } from './before-after';
import { useDialogAction } from './use-dialog-action';
import { newRequestKey, useChangeContext } from './use-change-context';

type Props = { tenantId: string; row: LicenseRow; onClose: () => void; onPlaced: (o: OrderDto) => void; onChanged: (message: string) => void };

/** Cancel inside the 7-day window; outside it, the only exit offered: auto-renew off, ending with the term. */
export function CancelDialog({ tenantId, row, onClose, onPlaced, onChanged }: Props) {
  const ctx = useChangeContext(tenantId, row.id);
  const { busy, failure, run } = useDialogAction();
  const [requestKey] = useState(newRequestKey);
  const now = useNow();
  const c = ctx.data?.ok ? ctx.data.data : undefined;
  const inWindow = !!c?.window.cancelUntil && Date.parse(c.window.cancelUntil) > now;
  const estimate = useQuery(cancelEstimateQuery(tenantId, row.id, !!c && inWindow && !c.inProgress));
  const mode = !c ? 'loading' : c.inProgress || c.status !== 'active' ? 'blocked' : inWindow ? 'cancel' : c.autoRenew ? 'auto-renew-off' : 'nothing';

  // Confirm is enabled only in these two modes.
  const confirm = async () => {
    if (mode === 'cancel') await run(() => cancelLicense({ tenantId, subscriptionId: row.id, requestKey }), onPlaced);
    else if (mode === 'auto-renew-off')
      await run(
        () => setLicenseAutoRenew({ tenantId, subscriptionId: row.id, on: false }),
        () => onChanged(`Auto-renew is off for ${row.productName}: it ends on ${c?.renewalDate ?? 'its renewal date'}.`),
      );
  };

  return (
    <ConfirmDialog
      open
      title={`Cancel subscription: ${row.productName}`}
      confirmLabel={mode === 'auto-renew-off' ? 'Turn auto-renew off' : 'Cancel subscription'}
      destructive
      busy={busy}
      confirmDisabled={mode !== 'cancel' && mode !== 'auto-renew-off'}
      onClose={onClose}
      onConfirm={() => void confirm()}
    >
      {ctx.isPending && <CircularProgress size={24} aria-label="Reading the subscription" />}
      {ctx.data && !ctx.data.ok && <ActionErrorAlert failure={ctx.data} onRetry={() => void ctx.refetch()} />}
      {c && mode === 'blocked' && <Alert severity="warning">{c.inProgress ? inProgressMessage(c) : `The subscription is ${c.status}: it cannot be cancelled.`}</Alert>}
      {c && mode === 'cancel' && (
        <>
          <Alert severity="warning">The cancellation window is open ({timeLeft(c.window.cancelUntil, now)}). Cancelling ends the subscription now with a prorated refund; this cannot be undone.</Alert>
          <BeforeAfter
            lines={[
              { label: 'Status', before: 'active', after: 'terminated' },
              { label: 'Seats', before: String(c.quantity), after: '0' },
              { label: 'Price per period', before: c.unitPrice === null ? '—' : formatMoney(String(Number(c.unitPrice) * c.quantity), c.currency), after: formatMoney('0', c.currency) },
            ]}
            estimating={estimate.isFetching}
            estimate={estimate.data?.ok ? estimate.data.data.estimate : undefined}
            estimateError={estimate.data && !estimate.data.ok ? `No estimate: ${estimate.data.error}` : undefined}
          />
        </>
      )}
      {c && (mode === 'auto-renew-off' || mode === 'nothing') && (
        <Alert severity="info">
          This subscription can no longer be cancelled: Microsoft allows cancellation only within 7 days (168 hours) of purchase or renewal, and that window has closed.{' '}
          {mode === 'auto-renew-off'
            ? `Turn auto-renew off instead, so that it ends with its term on ${c.renewalDate ?? 'the renewal date'} (auto-renew: on → off).`
            : `Auto-renew is already off: it ends on ${c.renewalDate ?? 'the renewal date'}.`}
        </Alert>
      )}
      {failure && <ActionErrorAlert failure={failure} />}
    </ConfirmDialog>
  );
}
