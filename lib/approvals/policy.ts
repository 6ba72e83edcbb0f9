// When an order needs a second person: pure rules over the order's estimate, seats, term and the
// requester's role. Browser-safe (the settings form shows the same wording).

export type ApprovalPolicy = {
  enabled: boolean;
  maxMonthly: number | null;
  maxTermTotal: number | null;
  maxSeats: number | null;
  maxTermMonths: number | null;
  alwaysForRoles: string[];
  approverRoles: string[];
  expiryHours: number;
};

export type OrderFigures = {
  role: string;
  /** Seats the order adds. */
  seats: number;
  termMonths: number | null;
  /** The estimate, normalised: per month and over the whole term, in `currency`. */
  monthly: number | null;
  termTotal: number | null;
  currency: string | null;
};

const money = (n: number, currency: string | null) => `${n.toFixed(2)}${currency ? ` ${currency}` : ''}`;

/** Why this order needs an approval; empty when it does not. */
export function approvalReasons(policy: ApprovalPolicy, o: OrderFigures): string[] {
  if (!policy.enabled) return [];
  const reasons: string[] = [];
  if (policy.alwaysForRoles.includes(o.role)) reasons.push(`Orders by the role ${o.role} always need an approval`);
  if (policy.maxMonthly !== null && o.monthly !== null && o.monthly > policy.maxMonthly) reasons.push(`${money(o.monthly, o.currency)} per month is above ${money(policy.maxMonthly, o.currency)}`);
  if (policy.maxTermTotal !== null && o.termTotal !== null && o.termTotal > policy.maxTermTotal)
    reasons.push(`${money(o.termTotal, o.currency)} over the term is above ${money(policy.maxTermTotal, o.currency)}`);
  if (policy.maxSeats !== null && o.seats > policy.maxSeats) reasons.push(`${o.seats} seats is above ${policy.maxSeats}`);
  if (policy.maxTermMonths !== null && o.termMonths !== null && o.termMonths > policy.maxTermMonths) reasons.push(`A ${o.termMonths}-month term is longer than ${policy.maxTermMonths} months`);
  // Without an estimate the amount cannot be checked: an amount threshold then asks for an approval.
  if ((policy.maxMonthly !== null || policy.maxTermTotal !== null) && o.monthly === null) reasons.push('The order could not be priced, and amount thresholds are set');
  return reasons;
}

/** Whether `role` may approve a request of `requesterId` (never one's own). */
export function mayApprove(policy: ApprovalPolicy, approver: { id: string; role: string }, requesterId: string): true | string {
  if (!policy.approverRoles.includes(approver.role)) return 'Your role cannot approve purchases.';
  if (approver.id === requesterId) return 'You cannot approve your own request: another approver must.';
  return true;
}

/** An estimate's total per billing period as per month and over the whole term. */
export function normaliseEstimate(total: number | null, billingMonths: number | null, termMonths: number | null): { monthly: number | null; termTotal: number | null } {
  if (total === null || !billingMonths) return { monthly: null, termTotal: null };
  const monthly = total / billingMonths;
  return { monthly, termTotal: termMonths ? monthly * termMonths : null };
}
