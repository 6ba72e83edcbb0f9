// What the CSP Licenses page shows of a subscription. Safe for the browser.
import type { OrderKind } from '@/lib/orders/labels';
import type { CostFields, UsageFields, UsageNotice } from '@/lib/inventory/types';

export type NceWindow = {
  /** Until when the subscription may be cancelled (168 h after purchase or renewal), if still open. */
  cancelUntil: string | null;
  /** Seats that may be removed now (added within the last 168 h). */
  removableSeats: number;
  /** When the earliest of those removable seats leaves its window. */
  removeUntil: string | null;
  /** Whether the term start is known only to the day (no order time): the window is then counted from midnight UTC. */
  approximate: boolean;
  /** The product's window length in hours (168 unless an admin set another for it). */
  windowHours?: number;
  /** The current term's seat lots, oldest first, each with its own window. */
  lots?: WindowLot[];
};

/** A lot of seats that entered the term at one moment (purchase, increase, renewal). */
export type WindowLot = {
  seats: number;
  addedAt: string;
  source: 'purchase' | 'increase' | 'renewal' | 'term';
  /** When this lot's window closes (ISO). */
  closesAt: string;
  /** Whether its seats can still be removed now. */
  reducible: boolean;
};

export type InProgressOrder = {
  /** The app's own order row, when the app placed it: the page polls it. */
  localOrderId: number | null;
  /** Ingram's order id, when known: a scheduled change can be withdrawn with it. */
  orderId?: string | null;
  orderNumber: string | null;
  type: string;
  /** What the order does: increase, decrease, scheduled decrease, cancellation, new subscription. */
  kind: OrderKind;
  status: string;
  /** A change that waits for the renewal date: not "in progress", the row shows it and its date. */
  scheduled: boolean;
  /** The renewal date a scheduled change takes effect on. */
  effectiveOn: string | null;
  newQuantity: number | null;
};

/** Why a failed order did not happen, in Ingram's words, for the orders of the last days. */
export type FailedOrderNotice = { orderId: string; orderNumber: string | null; type: string; subscriptionId: string | null; createdAt: string | null; message: string };

export type LicenseRow = {
  id: string;
  productName: string;
  mpn: string;
  /** Null when the subscription lists no product lines (Azure reservations, some plans): no seats to change. */
  quantity: number | null;
  status: string;
  /** e.g. "Annual, billed monthly". */
  termAndBilling: string;
  subscriptionPeriod: string | null;
  billingPeriod: string | null;
  unitPrice: string | null;
  /** Ingram's total, or the sum of the lines when the total is absent or zero; null once terminated. */
  totalPrice: string | null;
  currency: string | null;
  /** The period both prices are for: "month", "year", or "term". */
  pricePeriod: 'month' | 'year' | 'term';
  creationDate: string | null;
  renewalDate: string | null;
  expirationDate: string | null;
  autoRenew: boolean;
  window: NceWindow;
  inProgress: InProgressOrder | null;
} & CostFields &
  UsageFields;

export type LicensesResponse = {
  rows: LicenseRow[];
  /** When the rows were read from Ingram (ISO): now for a live load, the last sync for the inventory. */
  loadedAt: string;
  includeTerminated: boolean;
  /** Live from Ingram, or the inventory's copy (the page's first rows). */
  source?: 'live' | 'inventory';
  /** The inventory's rows are known to be behind (an order moved since): revalidate at once. */
  stale?: boolean;
  /** Orders of the tenant that failed lately, with Ingram's reason (live loads only). */
  failedOrders?: FailedOrderNotice[];
  /** Why Microsoft's assigned and unused seats are missing for the tenant, when they are. */
  usageNotice?: UsageNotice | null;
};

/** Everything a change dialog needs, read fresh from Ingram when it opens. */
export type LicenseChangeContext = {
  subscriptionId: string;
  productName: string;
  mpn: string;
  status: string;
  quantity: number;
  /** False for subscriptions without product lines: no seat changes. */
  hasProductLines: boolean;
  minimumQuantity: number;
  maximumQuantity: number;
  unitPrice: string | null;
  currency: string | null;
  billingPeriod: string | null;
  subscriptionPeriod: string | null;
  renewalDate: string | null;
  autoRenew: boolean;
  window: NceWindow;
  inProgress: InProgressOrder | null;
};

export type LicenseEstimate = { total: string | null; currency: string | null; lines: Array<{ description: string; quantity: number | null; amount: string | null }> };
