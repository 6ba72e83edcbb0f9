// What the Renewals page shows and what a bulk change answers. Safe for the browser.
import type { TermBucket } from '@/lib/inventory/filter';

export type RenewalRow = {
  id: string;
  tenantId: string;
  tenantName: string;
  customerId: string;
  productName: string;
  mpn: string;
  quantity: number | null;
  status: string;
  term: TermBucket | null;
  subscriptionPeriod: string | null;
  billingPeriod: string | null;
  /** What the next term charges each billing period, in `currency` per `pricePeriod`. */
  totalPrice: string | null;
  unitPrice: string | null;
  currency: string | null;
  pricePeriod: 'month' | 'year' | 'term';
  /** The renewal day (YYYY-MM-DD, UTC). */
  renewalDate: string;
  autoRenew: boolean;
  /** A change already waiting for the renewal, in words ("Decrease to 10 at renewal"), if any. */
  scheduledChange: string | null;
  /** The last moment a change still applies to the next term (ISO, UTC): just before 00:00 UTC on the renewal day. */
  lastSafeMoment: string;
  /** When the newest seat lot leaves its NCE window (ISO), if one is open. */
  windowClosesAt: string | null;
};

export type RenewalsPage = { rows: RenewalRow[]; from: string; to: string; asOf: string | null };

export const bulkKinds = ['quantity', 'decrease', 'auto-renew-off'] as const;
export type BulkKind = (typeof bulkKinds)[number];

/** One subscription of a dry run: the order it would place and its estimate, or why it would be refused. */
export type DryRunRow = {
  subscriptionId: string;
  tenantId: string | null;
  tenantName: string | null;
  productName: string | null;
  before: number | null;
  after: number | null;
  /** What would be done, in words ("Decrease 10 → 8 at renewal", "Turn auto-renew off"). */
  action: string | null;
  estimate: { total: string | null; currency: string | null; period: string } | null;
  refusal: string | null;
};

/** One placed row: the order (or the auto-renew change) and Ingram's answer. */
export type PlaceResult = {
  subscriptionId: string;
  orderNumber: string | null;
  state: string;
  message: string | null;
  httpStatus: number | null;
  correlationId: string | null;
};
