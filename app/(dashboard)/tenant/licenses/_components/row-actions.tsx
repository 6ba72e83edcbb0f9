'use client';
import MoreVertIcon from '@mui/icons-material/MoreVert';
import Divider from '@mui/material/Divider';
import IconButton from '@mui/material/IconButton';
import ListSubheader from '@mui/material/ListSubheader';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import { useState } from 'react';
import type { LicenseRow } from '@/lib/licenses/types';

export type ActionKind = 'add' | 'remove' | 'schedule-decrease' | 'cancel' | 'auto-renew';

/** A subscription's actions; while an order is in progress they are off, with the reason in the menu. */
export function RowActions({ row, onAction }: { row: LicenseRow; onAction: (kind: ActionKind, row: LicenseRow) => void }) {
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const busy = !!row.inProgress;
  const inactive = row.status !== 'active';
  const off = busy || inactive;
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
        {busy && (
          <ListSubheader sx={{ lineHeight: 1.4, py: 1, maxWidth: 320, whiteSpace: 'normal' }}>
            Order {row.inProgress!.orderNumber ?? ''} is still in progress. Ingram Micro accepts one unfinished change per subscription: wait until it completes.
          </ListSubheader>
        )}
        {inactive && !busy && <ListSubheader sx={{ lineHeight: 1.4, py: 1 }}>The subscription is {row.status}: it cannot be changed.</ListSubheader>}
        <MenuItem disabled={off} onClick={() => pick('add')}>
          Add seats
        </MenuItem>
        <MenuItem disabled={off} onClick={() => pick('remove')}>
          Remove seats
        </MenuItem>
        <MenuItem disabled={off} onClick={() => pick('schedule-decrease')}>
          Schedule decrease at renewal
        </MenuItem>
        <Divider />
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
