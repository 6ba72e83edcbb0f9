// How many seats a change may move, and why not more. Pure: the form and the server use it alike.
import { seatCount } from '@/lib/catalog/periods';
import type { SeatChangeKind } from '@/lib/validations/licenses';
import { orderKindLabel } from '@/lib/orders/labels';
import type { LicenseChangeContext } from './types';

/** Why a subscription without product lines (an Azure reservation, some plans) offers no seat changes. */
export const NO_PRODUCT_LINES =
  'This subscription lists no product lines at Ingram Micro (an Azure reservation or a plan without seats): it has no quantity to change. Manage it in the Ingram Micro reseller portal.';

export type SeatBounds = { max: number; reason: string };

export function seatBounds(c: Pick<LicenseChangeContext, 'quantity' | 'minimumQuantity' | 'maximumQuantity' | 'window'>, kind: SeatChangeKind): SeatBounds {
  const aboveMinimum = Math.max(0, c.quantity - c.minimumQuantity);
  if (kind === 'add') {
    return { max: Math.max(0, c.maximumQuantity - c.quantity), reason: `the product allows at most ${seatCount(c.maximumQuantity)} and the subscription has ${c.quantity}` };
  }
  if (kind === 'schedule-decrease') {
    return { max: aboveMinimum, reason: `the subscription has ${seatCount(c.quantity)} and the product needs at least ${c.minimumQuantity}` };
  }
  const removable = Math.min(c.window.removableSeats, aboveMinimum);
  return {
    max: removable,
    reason:
      c.window.removableSeats < aboveMinimum
        ? `only ${c.window.removableSeats} seat${c.window.removableSeats === 1 ? ' was' : 's were'} added within the last 7 days (168 hours); schedule a larger decrease for the renewal instead`
        : `the subscription has ${seatCount(c.quantity)} and the product needs at least ${c.minimumQuantity}`,
  };
}

export function newTotal(kind: SeatChangeKind, quantity: number, seats: number): number {
  return kind === 'add' ? quantity + seats : quantity - seats;
}

/** Why a change must wait: the order in the way, or the scheduled change and its date. */
export function inProgressMessage(c: Pick<LicenseChangeContext, 'inProgress'>): string {
  const o = c.inProgress!;
  const number = o.orderNumber ? `Order ${o.orderNumber}` : 'An order';
  if (o.scheduled) {
    return `${number} (${orderKindLabel[o.kind].toLowerCase()}) waits for the renewal date${o.effectiveOn ? ` (${o.effectiveOn})` : ''}. Ingram Micro accepts one unfinished change per subscription, so seats cannot change until then; auto-renew can still be turned on or off.`;
  }
  return `${number} (${orderKindLabel[o.kind].toLowerCase()}, ${o.status}) for this subscription has not finished yet. Ingram Micro accepts one unfinished change per subscription: wait until it completes.`;
}
