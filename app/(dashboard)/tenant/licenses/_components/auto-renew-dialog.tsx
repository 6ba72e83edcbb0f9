'use client';
import Alert from '@mui/material/Alert';
import { ConfirmDialog } from '@/components/confirm-dialog';
import { ActionErrorAlert } from '@/components/upstream-error';
import type { LicenseRow } from '@/lib/licenses/types';
import { setLicenseAutoRenew } from '../actions';
import { BeforeAfter } from './before-after';
import { useDialogAction } from './use-dialog-action';

/** Turns auto-renew off (the subscription ends with its term) or back on. */
export function AutoRenewDialog({ tenantId, row, onClose, onChanged }: { tenantId: string; row: LicenseRow; onClose: () => void; onChanged: (message: string) => void }) {
  const on = !row.autoRenew;
  const { busy, failure, run } = useDialogAction();
  const confirm = () =>
    run(
      () => setLicenseAutoRenew({ tenantId, subscriptionId: row.id, on }),
      () => onChanged(`Auto-renew is ${on ? 'on' : 'off'} for ${row.productName}.`),
    );
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
