// What the reclaim planner shows: per subscription with unused seats, what may be reduced now
// (inside the NCE window) and at renewal, and what each saves. Safe for the browser.

/** Seats kept spare by an admin's mark on the subscription or on its whole tenant. */
export type SpareMark = { seats: number; level: 'subscription' | 'tenant' };

export type ReclaimRow = {
  subscriptionId: string;
  tenantId: string;
  tenantName: string;
  productName: string;
  mpn: string;
  /** Seats paid at Ingram, seats Microsoft says are assigned, and the difference. */
  quantity: number;
  assigned: number;
  unused: number;
  spare: SpareMark | null;
  /** Seats of lots still inside their 168-hour window that may go now, and when the first of them closes (ISO, UTC). */
  nowSeats: number;
  nowDeadline: string | null;
  /** Seats that may only go at the renewal (the date), 0 when auto-renew is off (the subscription ends then). */
  renewalSeats: number;
  renewalDate: string | null;
  autoRenew: boolean;
  currency: string | null;
  /** Savings: per month, and over the rest of the current term (now) or over the next term (at renewal). */
  nowMonthly: number;
  nowTerm: number;
  renewalMonthly: number;
  renewalTerm: number;
  termMonths: number;
  /** Why nothing can be placed for this row right now (an order in progress, a decrease already scheduled). */
  blocked: string | null;
};

/** Totals of a plan, one per currency (amounts never add across currencies). */
export type ReclaimTotals = {
  currency: string | null;
  subscriptions: number;
  nowSeats: number;
  renewalSeats: number;
  nowMonthly: number;
  nowTerm: number;
  renewalMonthly: number;
  renewalTerm: number;
};

export type ReclaimPlan = {
  rows: ReclaimRow[];
  totals: ReclaimTotals[];
  /** Subscriptions with unused seats that a "keep spare seats" mark leaves out entirely. */
  reservedOut: number;
  /** Tenants whose usage is unknown (Microsoft not configured, no consent, not synced yet). */
  withoutUsage: number;
  /** Why, for the first few of those tenants ("Tailspin Toys: no consent…"). */
  usageNotes: string[];
  /** When the plan was computed (ISO). */
  at: string;
  /** The tenant's "keep spare seats" marks (one tenant's plan only). */
  marks: SpareSeatsMark[];
};

/** A "keep spare seats" mark as the planner's dialog lists it. */
export type SpareSeatsMark = {
  id: number;
  tenantId: string;
  tenantName: string;
  subscriptionId: string | null;
  productName: string | null;
  seats: number;
  updatedBy: string | null;
  updatedAt: string;
};
