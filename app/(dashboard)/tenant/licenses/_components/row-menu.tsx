'use client';
// A subscription's actions menu (MUI Menu), loaded the first time a row's actions button is used:
// a closed menu on every row cost the server and the browser a Popover and a Modal per row.
import Divider from '@mui/material/Divider';
import ListSubheader from '@mui/material/ListSubheader';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import { NO_PRODUCT_LINES } from '@/lib/licenses/bounds';
import type { LicenseRow } from '@/lib/licenses/types';
import type { ActionKind } from './row-actions';

type Props = {
  row: LicenseRow;
  anchor: HTMLElement | null;
  /** Why the seat and cancel actions are off, if they are. */
  reason: string | null;
  onClose: () => void;
  onPick: (kind: ActionKind) => void;
};

export function RowMenu({ row, anchor, reason, onClose, onPick }: Props) {
  const off = reason !== null;
  // A scheduled change leaves the seat dialogs open: they warn and offer to withdraw it first.
  const seatsOff = off && !row.inProgress?.scheduled;
  const noSeats = row.quantity === null;
  return (
    <Menu anchorEl={anchor} open={!!anchor} onClose={onClose}>
      {reason && <ListSubheader sx={{ lineHeight: 1.4, py: 1, maxWidth: 320, whiteSpace: 'normal' }}>{reason}</ListSubheader>}
      {!reason && noSeats && <ListSubheader sx={{ lineHeight: 1.4, py: 1, maxWidth: 320, whiteSpace: 'normal' }}>{NO_PRODUCT_LINES}</ListSubheader>}
      {!noSeats && [
        <MenuItem key="add" disabled={seatsOff} onClick={() => onPick('add')}>
          Add seats
        </MenuItem>,
        <MenuItem key="remove" disabled={seatsOff} onClick={() => onPick('remove')}>
          Remove seats
        </MenuItem>,
        <MenuItem key="schedule" disabled={off} onClick={() => onPick('schedule-decrease')}>
          Schedule decrease at renewal
        </MenuItem>,
        <Divider key="divider" />,
      ]}
      <MenuItem disabled={off} onClick={() => onPick('cancel')}>
        Cancel subscription
      </MenuItem>
      <MenuItem disabled={row.status !== 'active'} onClick={() => onPick('auto-renew')}>
        {row.autoRenew ? 'Turn auto-renew off' : 'Turn auto-renew on'}
      </MenuItem>
    </Menu>
  );
}
