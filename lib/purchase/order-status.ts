// Order statuses as a person reads them. Safe for the browser.
export type OrderStatus = 'submitted' | 'processing' | 'completed' | 'error' | 'cancelled' | 'unknown';

export const FINAL_STATUSES: readonly OrderStatus[] = ['completed', 'error', 'cancelled'];

export const statusLabel: Record<OrderStatus, string> = {
  submitted: 'Submitted',
  processing: 'Processing',
  completed: 'Completed',
  error: 'Error',
  cancelled: 'Cancelled',
  unknown: 'Unknown, still checking',
};

export function normaliseStatus(raw: string | null | undefined): OrderStatus {
  const s = (raw ?? '').toLowerCase();
  return (['submitted', 'processing', 'completed', 'error', 'cancelled'] as const).find((x) => x === s) ?? 'unknown';
}

/** A local row's status: its Ingram status once placed; failed is an error; otherwise unknown. */
export function localStatus(state: string, ingramStatus: string | null): OrderStatus {
  if (state === 'failed') return 'error';
  if (state === 'placed') return ingramStatus ? normaliseStatus(ingramStatus) : 'submitted';
  return 'unknown';
}

export const isFinal = (s: OrderStatus) => FINAL_STATUSES.includes(s);
