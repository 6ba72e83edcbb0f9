'use client';
// Before any mid-term change (seats added or removed now) on a subscription with a change scheduled for
// renewal: Microsoft drops scheduled changes when a subscription changes mid-term, and Ingram accepts
// one unfinished change per subscription, so the scheduled one is withdrawn first, knowingly.
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import { useState } from 'react';
import { ActionErrorAlert } from '@/components/upstream-error';
import type { ActionFailure } from '@/lib/actions/result';
import type { LicenseChangeContext } from '@/lib/licenses/types';
import { orderKindLabel } from '@/lib/orders/labels';
import { withdrawOrder } from '../../orders/[orderId]/actions';

export function MidTermWarning({ tenantId, c, onWithdrawn }: { tenantId: string; c: LicenseChangeContext; onWithdrawn: () => void }) {
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<ActionFailure | null>(null);
  const o = c.inProgress!;
  const orderId = o.orderId ?? null;
  const withdraw = async () => {
    if (!orderId) return;
    setBusy(true);
    setFailure(null);
    const res = await withdrawOrder({ tenantId, orderId });
    setBusy(false);
    if (res.ok) onWithdrawn();
    else setFailure(res);
  };
  return (
    <>
      <Alert
        severity="warning"
        data-testid="mid-term-warning"
        action={
          orderId ? (
            <Button color="inherit" size="small" disabled={busy} onClick={() => void withdraw()}>
              {busy ? 'Withdrawing…' : 'Withdraw scheduled change'}
            </Button>
          ) : undefined
        }
      >
        This subscription has a change scheduled for {o.effectiveOn ?? 'the renewal'}: {orderKindLabel[o.kind].toLowerCase()}
        {o.newQuantity !== null ? ` to ${o.newQuantity}` : ''} (order {o.orderNumber ?? orderId ?? 'unknown'}). Microsoft drops the changes scheduled for this subscription when it changes mid-term,
        and Ingram Micro accepts one unfinished change per subscription: withdraw the scheduled change to change seats now, and schedule it again afterwards if you still want it.
      </Alert>
      {failure && <ActionErrorAlert failure={failure} title="The scheduled change was not withdrawn" />}
    </>
  );
}
