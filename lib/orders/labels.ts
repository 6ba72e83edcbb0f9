// What an order does, named as a person reads it: each change kind its own label and before -> after.
// Safe for the browser.

export type OrderKind = 'new' | 'increase' | 'decrease' | 'scheduled-decrease' | 'cancellation' | 'renewal' | 'change' | 'unknown';

type Facts = {
  type: string;
  /** The new total (as the app recorded it), or null. */
  quantity?: number | null;
  previousQuantity?: number | null;
  /** The signed change of the order's detail (+3, -2), when only Ingram's view is known. */
  change?: number | null;
  scheduled?: boolean;
};

export function orderKind(o: Facts): OrderKind {
  if (o.type === 'sales') return 'new';
  if (o.type === 'cancellation') return 'cancellation';
  if (o.type === 'renewal') return 'renewal';
  if (o.type !== 'change') return 'unknown';
  const delta = o.quantity != null && o.previousQuantity != null ? o.quantity - o.previousQuantity : (o.change ?? null);
  if (o.scheduled) return 'scheduled-decrease';
  if (delta === null || delta === 0) return 'change';
  return delta > 0 ? 'increase' : 'decrease';
}

export const orderKindLabel: Record<OrderKind, string> = {
  new: 'New subscription',
  increase: 'Seat increase',
  decrease: 'Seat decrease',
  'scheduled-decrease': 'Decrease scheduled for renewal',
  cancellation: 'Cancellation',
  renewal: 'Renewal',
  change: 'Seat change',
  unknown: 'Other',
};

export const seatWord = (n: number) => `${n} seat${Math.abs(n) === 1 ? '' : 's'}`;

/** "10 → 8 seats", "+3 seats", "5 → 0 seats (ends the subscription)". */
export function seatsBeforeAfter(o: Facts): string {
  const kind = orderKind(o);
  if (kind === 'cancellation') return o.previousQuantity != null ? `${o.previousQuantity} → 0 seats (ends the subscription)` : 'Ends the subscription';
  if (kind === 'new') return o.quantity != null ? seatWord(o.quantity) : '';
  if (o.previousQuantity != null && o.quantity != null) return `${o.previousQuantity} → ${seatWord(o.quantity)}`;
  if (o.change != null) return `${o.change > 0 ? '+' : ''}${seatWord(o.change)}`;
  return o.quantity != null ? seatWord(o.quantity) : '';
}
