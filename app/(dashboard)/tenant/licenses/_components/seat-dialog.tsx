'use client';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import { useState, type ReactNode } from 'react';
import { ConfirmDialog } from '@/components/confirm-dialog';
import { ActionErrorAlert } from '@/components/upstream-error';
import { useNow } from '@/components/use-now';
import type { ActionFailure } from '@/lib/actions/result';
import { seatCount } from '@/lib/catalog/periods';
import { inProgressMessage, NO_PRODUCT_LINES, seatBounds } from '@/lib/licenses/bounds';
import type { LicenseChangeContext, LicenseRow } from '@/lib/licenses/types';
import { timeLeft } from '@/lib/licenses/window';
import type { OrderDto } from '@/lib/orders/types';
import type { SeatChangeKind } from '@/lib/validations/licenses';
import { MidTermWarning } from './mid-term-warning';
import { SeatForm } from './seat-form';
import { useChangeContext } from './use-change-context';

const TITLE: Record<SeatChangeKind, string> = { add: 'Add seats', remove: 'Remove seats', 'schedule-decrease': 'Schedule a decrease at renewal' };

type Props = { tenantId: string; row: LicenseRow; kind: SeatChangeKind; onClose: () => void; onPlaced: (o: OrderDto) => void; onSwitch: (k: SeatChangeKind) => void };

/** Add, remove or schedule-decrease seats, with the NCE rules explained before anything is sent. */
export function SeatDialog({ tenantId, row, kind, onClose, onPlaced, onSwitch }: Props) {
  const ctx = useChangeContext(tenantId, row.id);
  const [busy, setBusy] = useState(false);
  const result = ctx.data;
  const c: LicenseChangeContext | undefined = result?.ok ? result.data : undefined;
  const bounds = c ? seatBounds(c, kind) : undefined;
  const blocked = !c || !c.hasProductLines || !!c.inProgress || c.status !== 'active' || (bounds?.max ?? 0) < 1;
  return (
    <ConfirmDialog
      open
      title={`${TITLE[kind]}: ${row.productName}`}
      confirmLabel={TITLE[kind]}
      destructive={kind !== 'add'}
      busy={busy}
      confirmDisabled={blocked}
      onClose={onClose}
      onConfirm={() => (document.getElementById('seat-form') as HTMLFormElement | null)?.requestSubmit()}
    >
      {ctx.isPending && <CircularProgress size={24} aria-label="Reading the subscription" />}
      {result && !result.ok && <ActionErrorAlert failure={result as ActionFailure} onRetry={() => void ctx.refetch()} />}
      {c && c.inProgress?.scheduled && kind !== 'schedule-decrease' ? (
        <MidTermWarning tenantId={tenantId} c={c} onWithdrawn={() => void ctx.refetch()} />
      ) : (
        c && <Explanation c={c} kind={kind} max={bounds!.max} onSwitch={onSwitch} />
      )}
      {c && !blocked && <SeatForm tenantId={tenantId} c={c} kind={kind} bounds={bounds!} onBusy={setBusy} onPlaced={onPlaced} />}
    </ConfirmDialog>
  );
}

function Explanation({ c, kind, max, onSwitch }: { c: LicenseChangeContext; kind: SeatChangeKind; max: number; onSwitch: (k: SeatChangeKind) => void }) {
  const now = useNow();
  if (c.status !== 'active') return <Alert severity="warning">The subscription is {c.status}: it cannot be changed.</Alert>;
  if (!c.hasProductLines) return <Alert severity="info">{NO_PRODUCT_LINES}</Alert>;
  if (c.inProgress) return <Alert severity={c.inProgress.scheduled ? 'info' : 'warning'}>{inProgressMessage(c)}</Alert>;
  if (kind === 'remove' && max < 1) {
    return (
      <ScheduleDecreaseAlert severity="warning" onSwitch={onSwitch}>
        Seats can only be removed within 7 days (168 hours) of being added. None of the {seatCount(c.quantity)} was added in that window, so Microsoft refuses a decrease now. You can schedule the
        decrease for the renewal{c.renewalDate ? ` on ${c.renewalDate}` : ''} instead.
      </ScheduleDecreaseAlert>
    );
  }
  if (kind === 'remove' && c.window.removableSeats < c.quantity - c.minimumQuantity) {
    return (
      <ScheduleDecreaseAlert severity="info" onSwitch={onSwitch}>
        Up to {seatCount(max)} can be removed now ({timeLeft(c.window.removeUntil, now)}): only seats added within the last 7 days may be removed. To remove more, schedule a decrease for the renewal.
      </ScheduleDecreaseAlert>
    );
  }
  if (kind === 'schedule-decrease')
    return (
      <Alert severity="info">
        The decrease takes effect on the renewal date{c.renewalDate ? ` (${c.renewalDate})` : ''}; until then the subscription keeps, and is billed for, {seatCount(c.quantity)}. Nothing is refunded
        now.
      </Alert>
    );
  if (kind === 'add') return <Alert severity="info">Added seats can be removed within 7 days (168 hours); after that they last until the end of the term.</Alert>;
  return null;
}

/** Why fewer seats can be removed now, with the way to schedule the decrease at renewal instead. */
function ScheduleDecreaseAlert({ severity, onSwitch, children }: { severity: 'warning' | 'info'; onSwitch: (k: SeatChangeKind) => void; children: ReactNode }) {
  return (
    <Alert
      severity={severity}
      action={
        <Button color="inherit" size="small" onClick={() => onSwitch('schedule-decrease')}>
          Schedule decrease at renewal
        </Button>
      }
    >
      {children}
    </Alert>
  );
}
