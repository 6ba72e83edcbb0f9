'use client';
// What each cell of the CSP Licenses grid says. Every text cell carries its full text as a title,
// so a narrow column still shows the whole name on hover.
import Chip from '@mui/material/Chip';
import type { GridRenderCellParams } from '@mui/x-data-grid';
import { NO_PRODUCT_LINES } from '@/lib/licenses/bounds';
import type { LicenseRow } from '@/lib/licenses/types';
import { timeLeft } from '@/lib/licenses/window';
import { formatMoney } from '@/lib/money';
import { orderKindLabel } from '@/lib/orders/labels';

export function windowText(r: LicenseRow, now = Date.now()): string {
  if (r.status !== 'active') return 'closed';
  const approx = r.window.approximate ? ' (approx.)' : '';
  if (r.window.cancelUntil && Date.parse(r.window.cancelUntil) > now) return `Cancel or decrease: ${timeLeft(r.window.cancelUntil, now)}${approx}`;
  if (r.window.removableSeats > 0 && r.window.removeUntil) return `Remove up to ${r.window.removableSeats}: ${timeLeft(r.window.removeUntil, now)}`;
  return 'closed';
}

/** The order state of a row: a scheduled change with its date, or the change still in progress. */
export function inProgressText(r: LicenseRow): string {
  const o = r.inProgress;
  if (!o) return '';
  const number = o.orderNumber ?? 'being placed';
  if (o.scheduled) return `Decrease${o.newQuantity !== null ? ` to ${o.newQuantity}` : ''} scheduled for ${o.effectiveOn ?? 'the renewal'} (${number})`;
  if (o.kind === 'new') return `New subscription being provisioned (${number})`;
  return `${orderKindLabel[o.kind]} in progress (${number})`;
}

/** "Renews 2027-01-15" with auto-renew on, "Ends ..." with it off, "Ended ..." once terminated. */
export function renewalText(r: LicenseRow): string {
  const date = r.status === 'active' && r.autoRenew ? r.renewalDate : (r.expirationDate ?? r.renewalDate);
  if (!date) return '';
  if (r.status === 'terminated' || r.status === 'removed') return `Ended ${date}`;
  return r.autoRenew ? `Renews ${date}` : `Ends ${date}`;
}

export const moneyText = (amount: string | null, r: LicenseRow) => (amount === null ? '' : `${formatMoney(amount, r.currency)} per ${r.pricePeriod}`);

export const seatsText = (r: LicenseRow) => (r.quantity === null ? '-' : String(r.quantity));

/** A cell that shows its whole text on hover. */
export function TitledCell({ value }: { value: unknown }) {
  const text = value === null || value === undefined ? '' : String(value);
  return (
    <span title={text} style={{ overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}>
      {text}
    </span>
  );
}

export function SeatsCell({ row }: GridRenderCellParams<LicenseRow>) {
  return <span title={row.quantity === null ? NO_PRODUCT_LINES : `${row.quantity} seats`}>{seatsText(row)}</span>;
}

export function OrderStateCell({ row, value }: GridRenderCellParams<LicenseRow>) {
  if (!value) return null;
  const text = String(value);
  return <Chip size="small" title={text} color={row.inProgress?.scheduled ? 'default' : 'warning'} label={text} sx={{ maxWidth: '100%' }} />;
}
