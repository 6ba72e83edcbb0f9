'use client';
import Alert from '@mui/material/Alert';
import { useState } from 'react';
import { ConfirmDialog } from '@/components/confirm-dialog';
import { ActionErrorAlert } from '@/components/upstream-error';
import type { ActionFailure } from '@/lib/actions/result';
import type { LicenseRow } from '@/lib/licenses/types';
import { setLicenseAutoRenew } from '../actions';
import { BeforeAfter } from './before-after';

/** Turns auto-renew off (the subscription ends with its term) or back on. */
export function AutoRenewDialog({ tenantId, row, onClose, onChanged }: { tenantId: string; row: LicenseRow; onClose: () => void; onChanged: (message: string) => void }) {
  const on = !row.autoRenew;
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<ActionFailure | null>(null);
  const confirm = async () => {
    setBusy(true);
    setFailure(null);
    try {
      const res = await setLicenseAutoRenew({ tenantId, subscriptionId: row.id, on });
      if (res.ok) return onChanged(`Auto-renew is ${on ? 'on' : 'off'} for ${row.productName}.`);
      setFailure(res);
    } finally {
      setBusy(false);
    }
  };
  return (
    <ConfirmDialog
      open
      title={`Turn auto-renew ${on ? 'on' : 'off'}: ${row.productName}`}
      confirmLabel={`Turn auto-renew ${on ? 'on' : 'off'}`}
      busy={busy}
      onClose={onClose}
      onConfirm={() => void confirm()}
    >
      <Alert severity="info">
        {on
          ? `The subscription will renew on ${row.renewalDate ?? 'its renewal date'} for another term.`
          : `The subscription will end with its term on ${row.renewalDate ?? 'its renewal date'} instead of renewing.`}{' '}
        Nothing is charged or refunded now.
      </Alert>
      <BeforeAfter lines={[{ label: 'Auto-renew', before: row.autoRenew ? 'On' : 'Off', after: on ? 'On' : 'Off' }]} estimateError="No charge or refund" />
      {failure && <ActionErrorAlert failure={failure} />}
    </ConfirmDialog>
  );
}
