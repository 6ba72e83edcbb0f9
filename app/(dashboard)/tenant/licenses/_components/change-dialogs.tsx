'use client';
import type { LicenseRow } from '@/lib/licenses/types';
import type { OrderDto } from '@/lib/orders/types';
import { AutoRenewDialog } from './auto-renew-dialog';
import { CancelDialog } from './cancel-dialog';
import type { ActionKind } from './row-actions';
import { SeatDialog } from './seat-dialog';

export type DialogRequest = { kind: ActionKind; row: LicenseRow };

type Props = {
  tenantId: string;
  request: DialogRequest;
  onClose: () => void;
  onPlaced: (order: OrderDto) => void;
  onChanged: (message: string) => void;
  onSwitch: (next: DialogRequest) => void;
};

/** The one confirmation a row action opens; an action that is not allowed offers its alternative. */
export function ChangeDialogs({ tenantId, request, onClose, onPlaced, onChanged, onSwitch }: Props) {
  const { kind, row } = request;
  const common = { tenantId, row, onClose };
  if (kind === 'cancel') return <CancelDialog {...common} onPlaced={onPlaced} onChanged={onChanged} />;
  if (kind === 'auto-renew') return <AutoRenewDialog {...common} onChanged={onChanged} />;
  return <SeatDialog key={kind} {...common} kind={kind} onPlaced={onPlaced} onSwitch={(k) => onSwitch({ kind: k, row })} />;
}
