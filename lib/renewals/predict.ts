// The refusals a bulk change can predict before anything is sent, in the order they matter.
// Pure and browser-safe: the dry run and the unit tests use it as it is.
import { approvalReasons, type ApprovalPolicy } from '@/lib/approvals/policy';
import type { BulkKind } from './types';

export type BulkChange = { kind: BulkKind; seats?: number };

/** What the app knows of one selected subscription when it plans the change. */
export type BulkFacts = {
  /** Null: not in the inventory, or its tenant is outside the viewer's scope (the same answer). */
  subscription: {
    status: string;
    quantity: number | null;
    autoRenew: boolean;
    renewalDate: string | null;
    /** A change already waiting for the renewal, in words. */
    scheduledChange: string | null;
    /** An unfinished order of the subscription (not a scheduled one). */
    orderInProgress: boolean;
  } | null;
  mapped: boolean;
  /** The product's minimum quantity (1 when the catalog does not say). */
  minimumQuantity: number;
  role: string;
  policy: ApprovalPolicy;
};

export type BulkPlan = { refusal: string } | { before: number | null; after: number | null; action: string };

export function planBulkRow(f: BulkFacts, change: BulkChange): BulkPlan {
  const s = f.subscription;
  if (!s) return { refusal: 'Not found among the tenants your role may manage.' };
  if (!f.mapped) return { refusal: 'The tenant is no longer mapped to an Ingram Micro customer: map it under Settings > Mappings.' };
  if (s.status !== 'active') return { refusal: `The subscription is ${s.status}: only active subscriptions renew.` };
  // Policy: a role that always needs a second person cannot place orders in bulk.
  const reasons = approvalReasons(f.policy, { role: f.role, seats: 0, termMonths: null, monthly: 0, termTotal: 0, currency: null });
  if (reasons.length) return { refusal: `Needs an approval: ${reasons.join('; ')}. Place it from CSP Licenses so an approver can decide.` };
  if (change.kind === 'auto-renew-off') {
    if (!s.autoRenew) return { refusal: 'Auto-renew is already off: it ends with its term.' };
    return { before: s.quantity, after: s.quantity, action: 'Turn auto-renew off (it ends on its renewal date)' };
  }
  if (s.quantity === null) return { refusal: 'This subscription has no seats to change (no product lines at Ingram Micro).' };
  if (s.scheduledChange) return { refusal: `A change is already scheduled (${s.scheduledChange}): withdraw it under Orders first.` };
  if (s.orderInProgress) return { refusal: 'An order for this subscription has not finished yet: Ingram Micro accepts one at a time.' };
  const seats = change.seats ?? 0;
  const after = change.kind === 'decrease' ? s.quantity - seats : seats;
  if (after < 1) return { refusal: `Cannot go below 1 seat (${s.quantity} − ${seats}): turn auto-renew off to end it instead.` };
  if (after < f.minimumQuantity) return { refusal: `The product needs at least ${f.minimumQuantity} seats; ${after} is below.` };
  if (after === s.quantity) return { refusal: `It already has ${after} seats: nothing to change.` };
  if (after > s.quantity) return { refusal: `${after} is more than the ${s.quantity} it has: add seats now from CSP Licenses (an increase does not wait for the renewal).` };
  return { before: s.quantity, after, action: `Decrease ${s.quantity} → ${after} at renewal${s.renewalDate ? ` (${s.renewalDate.slice(0, 10)})` : ''}` };
}

/** The request key of one subscription's order in a bulk batch: a retry or a second click finds the first order. */
export const bulkRequestKey = (batchId: string, subscriptionId: string) => `b${batchId.replace(/-/g, '')}-${subscriptionId}`;
