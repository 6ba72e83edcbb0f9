// What the CSP Licenses page shows of a subscription. Safe for the browser.
import type { CostFields } from '@/lib/inventory/types';

export type NceWindow = {
  /** Until when the subscription may be cancelled (168 h after purchase or renewal), if still open. */
  cancelUntil: string | null;
  /** Seats that may be removed now (added within the last 168 h). */
  removableSeats: number;
  /** When the earliest of those removable seats leaves its window. */
  removeUntil: string | null;
  /** Whether the term start is known only to the day (no order time): the window is then counted from midnight UTC. */
  approximate: boolean;
};

export type InProgressOrder = {
  /** The app's own order row, when the app placed it: the page polls it. */
  localOrderId: number | null;
  orderNumber: string | null;
  type: string;
  status: string;
  scheduled: boolean;
  newQuantity: number | null;
};

export type LicenseRow = {
  id: string;
  productName: string;
  mpn: string;
  quantity: number;
  status: string;
  /** e.g. "Annual, billed monthly". */
  termAndBilling: string;
  subscriptionPeriod: string | null;
  billingPeriod: string | null;
  unitPrice: string | null;
  totalPrice: string | null;
  currency: string | null;
  creationDate: string | null;
  renewalDate: string | null;
  expirationDate: string | null;
  autoRenew: boolean;
  window: NceWindow;
  inProgress: InProgressOrder | null;
} & CostFields;

export type LicensesResponse = {
  rows: LicenseRow[];
  /** When the rows were read from Ingram (ISO): now for a live load, the last sync for the inventory. */
  loadedAt: string;
  includeTerminated: boolean;
  /** Live from Ingram, or the inventory's copy (the page's first rows). */
  source?: 'live' | 'inventory';
  /** The inventory's rows are known to be behind (an order moved since): revalidate at once. */
  stale?: boolean;
};

/** Everything a change dialog needs, read fresh from Ingram when it opens. */
export type LicenseChangeContext = {
  subscriptionId: string;
  productName: string;
  mpn: string;
  status: string;
  quantity: number;
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
