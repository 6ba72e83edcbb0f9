// The one vocabulary for where an order stands, as a person reads it. Safe for the browser.
export type OrderStatus = 'submitted' | 'processing' | 'scheduled' | 'completed' | 'error' | 'cancelled' | 'unknown';

export const FINAL_STATUSES: readonly OrderStatus[] = ['completed', 'error', 'cancelled'];

export const statusLabel: Record<OrderStatus, string> = {
  submitted: 'Submitted',
  processing: 'Processing',
  scheduled: 'Scheduled for renewal',
  completed: 'Completed',
  error: 'Error',
  cancelled: 'Cancelled',
  unknown: 'Unknown, still checking',
};

/** Ingram's status word in the vocabulary; anything else is unknown. */
export function normaliseStatus(raw: string | null | undefined): OrderStatus {
  const s = (raw ?? '').toLowerCase();
  return (['submitted', 'processing', 'completed', 'error', 'cancelled'] as const).find((x) => x === s) ?? 'unknown';
}

/**
 * A recorded order's status: its Ingram status once placed; failed is an error; sending or unclear is
 * unknown. A change waiting for the renewal date is scheduled: it stays "processing" for months.
 */
export function localStatus(state: string, ingramStatus: string | null, scheduledOn: string | null = null): OrderStatus {
  if (state === 'failed') return 'error';
  if (state !== 'placed') return 'unknown';
  const status = ingramStatus ? normaliseStatus(ingramStatus) : 'submitted';
  return scheduledOn === 'renewal' && !isFinal(status) ? 'scheduled' : status;
}

export const isFinal = (s: OrderStatus) => FINAL_STATUSES.includes(s);

/** Whether the browser should keep asking for this order: not ended and not waiting for the renewal. */
export const shouldFollow = (s: OrderStatus) => !isFinal(s) && s !== 'scheduled';
