'use client';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { useState, useTransition } from 'react';
import { ConfirmDialog } from '@/components/confirm-dialog';
import { ActionErrorAlert } from '@/components/upstream-error';
import type { ActionFailure } from '@/lib/actions/result';
import type { OrderView } from '@/lib/orders/view';
import { withdrawOrder } from '../actions';

/** "Withdraw" for a change scheduled for renewal: Ingram cancels it before the renewal processes it. */
export function WithdrawOrder({ view, tenantId, onDone }: { view: OrderView; tenantId: string; onDone: () => void }) {
  const [open, setOpen] = useState(false);
  const [failure, setFailure] = useState<ActionFailure>();
  const [busy, startTransition] = useTransition();
  const orderId = view.ingramOrderId;
  if (!orderId) return null;
  const confirm = () =>
    startTransition(async () => {
      setFailure(undefined);
      const result = await withdrawOrder({ tenantId, orderId });
      if (!result.ok) return setFailure(result);
      setOpen(false);
      onDone();
    });
  return (
    <>
      <Button variant="outlined" color="error" onClick={() => setOpen(true)}>
        Withdraw
      </Button>
      <ConfirmDialog open={open} title="Withdraw the scheduled change?" confirmLabel="Withdraw the change" destructive busy={busy} onConfirm={confirm} onClose={() => setOpen(false)}>
        <Typography>
          Ingram Micro cancels order {view.orderNumber ?? orderId} before the renewal processes it
          {view.quantity !== null ? `: the subscription will not change to ${view.quantity} seats and renews as it is now` : ''}.
        </Typography>
        {failure && <ActionErrorAlert failure={failure} title="The order could not be withdrawn" />}
      </ConfirmDialog>
    </>
  );
}
