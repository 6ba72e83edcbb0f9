// What the All Tenants views and the dashboard show. Safe for the browser. Cost fields are
// present only for a role with `costs.view`: the server leaves the keys out otherwise.
import type { OrderStatus } from '@/lib/orders/status';

/** Microsoft's side of a subscription (issue 18): null when Microsoft has not been read or nothing matched. */
export type UsageFields = {
  /** Seats assigned to users. */
  assigned?: number | null;
  /** Paid seats nobody uses (never below 0). */
  unused?: number | null;
  /** Seats Microsoft counts for the product, all sources. */
  microsoftSeats?: number | null;
  /** Seats Microsoft counts beyond what Ingram bills: another partner, a direct purchase, a trial. */
  otherSourceSeats?: number | null;
};

/** Why a tenant's Microsoft data is missing (not connected, no consent, throttled, outage, ...). */
export type UsageNotice = {
  tenantId: string;
  tenantName: string;
  kind: 'not-configured' | 'not-read' | 'no-consent' | 'permission' | 'throttled' | 'outage' | 'auth' | 'other';
  message: string;
  status: number | null;
  correlationId: string | null;
  /** The last good read (ISO): the numbers shown are that old. */
  lastSuccessAt: string | null;
};

export type CostFields = {
  /** Per seat per billing period, as Ingram states it. */
  unitCost?: string | null;
  monthlyCost?: number | null;
  monthlyMargin?: number | null;
};

export type PortfolioSubscription = CostFields &
  UsageFields & {
    id: string;
    tenantId: string;
    tenantName: string;
    tenantDomain: string | null;
    customerId: string;
    vendorSubscriptionId: string | null;
    productName: string;
    mpn: string;
    quantity: number | null;
    status: string;
    subscriptionPeriod: string | null;
    billingPeriod: string | null;
    unitPrice: string | null;
    /** What is charged each billing period. */
    totalPrice: string | null;
    /** totalPrice normalised to one month (divided by the billing period's months). */
    monthlyPrice: number | null;
    currency: string | null;
    renewalDate: string | null;
    expirationDate: string | null;
    autoRenew: boolean;
    /** When the newest seat lot leaves its NCE window (ISO), if any is open. */
    windowClosesAt: string | null;
    /** When the sync last saw this row (ISO). */
    lastSeenAt: string;
  };

/** Sums of the filtered rows, one line per currency; money per month. */
export type CurrencyTotals = { currency: string | null; subscriptions: number; seats: number; monthlyPrice: number; monthlyCost?: number; monthlyMargin?: number };

export type PortfolioPage = {
  rows: PortfolioSubscription[];
  total: number;
  totals: CurrencyTotals[];
  withCost: boolean;
  asOf: string | null;
  /** Tenants of the viewer's scope whose Microsoft data is missing, and why. */
  usageMissing?: UsageNotice[];
};

export type PortfolioOrder = {
  /** 'app:<id>' for an order placed here, 'ingram:<id>' for one only Ingram reports. */
  key: string;
  /** The order page's address (/tenant/orders/<ref>). */
  ref: string;
  tenantId: string;
  tenantName: string;
  tenantDomain: string | null;
  orderNumber: string | null;
  type: string;
  status: OrderStatus;
  productName: string | null;
  quantity: number | null;
  createdAt: string | null;
  message: string | null;
  /** The app's order page, when the app placed it. */
  localOrderId: number | null;
};

export type PortfolioOrdersPage = { rows: PortfolioOrder[]; total: number };
