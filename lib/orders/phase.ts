// Where an order stands, in the words the UI uses. Safe for the browser.

/** The fields of a recorded order that decide its phase. */
export type OrderPhaseInput = { state: string; ingramStatus: string | null; scheduledOn: string | null };

export type OrderPhase = 'sending' | 'unknown' | 'in-progress' | 'scheduled' | 'completed' | 'failed' | 'cancelled';

const FINAL = new Set<OrderPhase>(['completed', 'failed', 'cancelled']);

export function orderPhase(o: OrderPhaseInput): OrderPhase {
  if (o.state === 'failed') return 'failed';
  if (o.state === 'sending') return 'sending';
  if (o.state === 'unknown') return 'unknown';
  switch (o.ingramStatus) {
    case 'completed':
      return 'completed';
    case 'error':
      return 'failed';
    case 'cancelled':
      return 'cancelled';
    default:
      // A change waiting for the renewal date stays "processing" for months: not worth polling.
      return o.scheduledOn === 'renewal' ? 'scheduled' : 'in-progress';
  }
}

export function isFinalPhase(phase: OrderPhase): boolean {
  return FINAL.has(phase);
}

/** Whether the browser should keep asking for this order's status. */
export function shouldPoll(phase: OrderPhase): boolean {
  return phase === 'sending' || phase === 'unknown' || phase === 'in-progress';
}
