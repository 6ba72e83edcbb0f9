// Whether an Ingram customer may order, from its account status (cmp-1.6 `Customer.status`).
// Safe for the browser: the wizard's tenant step and auto-map's review use the same words.

const REASONS: Record<string, string> = {
  creditHold: 'is on credit hold at Ingram Micro (an unpaid balance): it cannot order until Ingram Micro lifts the hold. Ask your Ingram Micro account manager or finance team.',
  adminHold: 'is on administrative hold at Ingram Micro: its services are suspended and it cannot order. Contact Ingram Micro to find out why.',
  cancelled: 'is cancelled at Ingram Micro: it cannot order. Map the tenant to its active Ingram customer instead.',
  pending: 'is still pending at Ingram Micro (not verified yet): it can order once Ingram Micro activates the account.',
  error: 'is in an error state at Ingram Micro and cannot order. Contact Ingram Micro support.',
};

/** The status in a person's words: "credit hold", "admin hold"… */
export function customerStatusWord(status: string): string {
  return ({ creditHold: 'credit hold', adminHold: 'admin hold' } as Record<string, string>)[status] ?? status;
}

/** Why the customer cannot buy, or null when it can (active) or its status is not known. */
export function purchaseBlockReason(customerName: string, status: string | null | undefined): string | null {
  if (!status || status === 'active') return null;
  const reason = REASONS[status] ?? `has the status “${status}” at Ingram Micro, and only active customers can order.`;
  return `${customerName} ${reason}`;
}
