'use client';
import MoreVertIcon from '@mui/icons-material/MoreVert';
import Divider from '@mui/material/Divider';
import IconButton from '@mui/material/IconButton';
import ListSubheader from '@mui/material/ListSubheader';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import { useState } from 'react';
import { NO_PRODUCT_LINES } from '@/lib/licenses/bounds';
import type { LicenseRow } from '@/lib/licenses/types';

export type ActionKind = 'add' | 'remove' | 'schedule-decrease' | 'cancel' | 'auto-renew';

/** Why the seat and cancel actions are off for this row, if they are. */
function blockedBecause(row: LicenseRow): string | null {
  if (row.status !== 'active') return `The subscription is ${row.status}: it cannot be changed.`;
  const o = row.inProgress;
  if (o?.scheduled) {
    return `A decrease${o.newQuantity !== null ? ` to ${o.newQuantity}` : ''} is scheduled for ${o.effectiveOn ?? 'the renewal'} (order ${o.orderNumber ?? ''}). Changing seats now means withdrawing it first: Microsoft drops a subscription's scheduled changes when it changes mid-term. Auto-renew can still be turned on or off.`;
  }
  if (o) return `Order ${o.orderNumber ?? ''} is still in progress. Ingram Micro accepts one unfinished change per subscription: wait until it completes.`;
  return null;
}

/** A subscription's actions: those Ingram would refuse are off, with the reason in the menu. */
export function RowActions({ row, onAction }: { row: LicenseRow; onAction: (kind: ActionKind, row: LicenseRow) => void }) {
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const inactive = row.status !== 'active';
  const reason = blockedBecause(row);
  const off = reason !== null;
  // A scheduled change leaves the seat dialogs open: they warn and offer to withdraw it first.
  const seatsOff = off && !row.inProgress?.scheduled;
  const noSeats = row.quantity === null;
  const pick = (kind: ActionKind) => {
    setAnchor(null);
    onAction(kind, row);
  };
  return (
    <>
      <IconButton size="small" aria-label={`Actions for ${row.productName}`} onClick={(e) => setAnchor(e.currentTarget)}>
        <MoreVertIcon fontSize="small" />
      </IconButton>
      <Menu anchorEl={anchor} open={!!anchor} onClose={() => setAnchor(null)}>
        {reason && <ListSubheader sx={{ lineHeight: 1.4, py: 1, maxWidth: 320, whiteSpace: 'normal' }}>{reason}</ListSubheader>}
        {!reason && noSeats && <ListSubheader sx={{ lineHeight: 1.4, py: 1, maxWidth: 320, whiteSpace: 'normal' }}>{NO_PRODUCT_LINES}</ListSubheader>}
        {!noSeats && [
          <MenuItem key="add" disabled={seatsOff} onClick={() => pick('add')}>
            Add seats
          </MenuItem>,
          <MenuItem key="remove" disabled={seatsOff} onClick={() => pick('remove')}>
            Remove seats
          </MenuItem>,
          <MenuItem key="schedule" disabled={off} onClick={() => pick('schedule-decrease')}>
            Schedule decrease at renewal
          </MenuItem>,
          <Divider key="divider" />,
        ]}
        <MenuItem disabled={off} onClick={() => pick('cancel')}>
          Cancel subscription
        </MenuItem>
        <MenuItem disabled={inactive} onClick={() => pick('auto-renew')}>
          {row.autoRenew ? 'Turn auto-renew off' : 'Turn auto-renew on'}
        </MenuItem>
      </Menu>
    </>
  );
}
