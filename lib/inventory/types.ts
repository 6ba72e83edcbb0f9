// What the All Tenants views and the dashboard show. Safe for the browser. Cost fields are
// present only for a role with `costs.view`: the server leaves the keys out otherwise.
import type { OrderStatus } from '@/lib/orders/status';

export type CostFields = {
  /** Per seat per billing period, as Ingram states it. */
  unitCost?: string | null;
  monthlyCost?: number | null;
  monthlyMargin?: number | null;
};

export type PortfolioSubscription = CostFields & {
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

export type PortfolioPage = { rows: PortfolioSubscription[]; total: number; totals: CurrencyTotals[]; withCost: boolean; asOf: string | null };

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
