'use client';
// A subscription's actions button, plain HTML in MUI's small IconButton look (components/plain-button.module.css);
// its menu loads the first time it is used (row-menu.tsx), so a page of rows renders no MUI menu.
import dynamic from 'next/dynamic';
import { useState } from 'react';
import b from '@/components/plain-button.module.css';
import type { LicenseRow } from '@/lib/licenses/types';
import s from './row-actions.module.css';

export type ActionKind = 'add' | 'remove' | 'schedule-decrease' | 'cancel' | 'auto-renew';

const RowMenu = dynamic(() => import('./row-menu').then((m) => m.RowMenu), { loading: () => null });
const preloadMenu = () => void import('./row-menu');

// MUI's MoreVert icon.
const MORE_VERT = 'M12 8c1.1 0 2-.9 2-2s-.9-2-2-2-2 .9-2 2 .9 2 2 2m0 2c-1.1 0-2 .9-2 2s.9 2 2 2 2-.9 2-2-.9-2-2-2m0 6c-1.1 0-2 .9-2 2s.9 2 2 2 2-.9 2-2-.9-2-2-2';

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
  // Mounted from the first open on, so the menu's closing transition still plays.
  const [used, setUsed] = useState(false);
  return (
    <>
      <button
        type="button"
        className={`${b.iconButton} ${b.small}`}
        aria-label={`Actions for ${row.productName}`}
        aria-haspopup="menu"
        aria-expanded={anchor ? true : undefined}
        // Pointing at the button starts loading the menu, so the click rarely waits for it.
        onPointerEnter={preloadMenu}
        onFocus={preloadMenu}
        onClick={(e) => {
          setUsed(true);
          setAnchor(e.currentTarget);
        }}
      >
        <svg className={s.icon} viewBox="0 0 24 24" aria-hidden="true" focusable="false">
          <path d={MORE_VERT} />
        </svg>
      </button>
      {used && (
        <RowMenu
          row={row}
          anchor={anchor}
          reason={blockedBecause(row)}
          onClose={() => setAnchor(null)}
          onPick={(kind) => {
            setAnchor(null);
            onAction(kind, row);
          }}
        />
      )}
    </>
  );
}
