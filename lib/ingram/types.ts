import 'server-only';
// Normalised shapes the rest of the app uses: plain, typed, with money as decimal strings.
import type { Money, Period } from './wire/common';
import type { PublicIngramError } from './errors';
import type { IngramError } from './errors';

export type { Money, Period };
export type { OrderParameter, OrderRequest, SalesOrderRequest, ChangeOrderRequest, CancellationOrderRequest } from './wire/requests';

export type Reseller = { id: string; name: string; status?: string };

export type Customer = { id: string; externalId?: string; name: string; status?: string };

export type CustomerDetail = Customer & {
  address?: Record<string, unknown>;
  contactPersons: Array<Record<string, unknown>>;
  language?: string;
  taxRegId?: string;
};

export type CatalogProduct = {
  id?: string;
  mpn: string;
  vendor?: string;
  name: string;
  minimumQuantity?: number;
  maximumQuantity?: number;
  prices: Array<Money & { type?: string }>;
  costs: Array<Money & { type?: string }>;
  billingPeriod?: Period;
  subscriptionPeriod?: Period;
  billingModel?: string;
};

export type SubscriptionRow = {
  id: string;
  name: string;
  customerId?: string;
  status?: string;
  /** renewalStatus on the wire: whether the subscription renews by itself. */
  autoRenew?: boolean;
  creationDate?: string;
  renewalDate?: string;
  expirationDate?: string;
  /** When Ingram last changed the subscription (a day): an incremental sync reads details from it. */
  lastModifiedDate?: string;
  billingPeriod?: Period;
  subscriptionPeriod?: Period;
};

export type SubscriptionProduct = {
  mpn?: string;
  name?: string;
  quantity: number;
  unitPrice?: Money;
  /** What the reseller pays per unit. */
  unitCost?: Money;
  extendedPrice?: Money;
  vendorSubscriptionId?: string;
};

export type Parameter = { name: string; value: unknown };

export type SubscriptionDetail = SubscriptionRow & {
  /** One NCE subscription has one product; undefined if Ingram sent none. */
  product?: SubscriptionProduct;
  products: SubscriptionProduct[];
  totalPrice?: Money;
  fulfillmentParameters: Parameter[];
  orderParameters: Parameter[];
};

export type OrderRow = {
  id: string;
  orderNumber?: string;
  type?: string;
  status?: string;
  statusCode?: string;
  customerId?: string;
  creationDate?: string;
  provisioningDate?: string;
  subscriptionId?: string;
  /** Why an order ended in error, when Ingram says. */
  message?: string;
};

export type OrderLine = {
  mpn?: string;
  name?: string;
  /** In a change order's detail this is the signed change (-1, +3), not the total. */
  quantity?: number;
  subscriptionId?: string;
  billingPeriod?: Period;
  subscriptionPeriod?: Period;
  extendedPrice?: Money;
};

export type OrderPriceLine = {
  type?: string;
  mpn?: string;
  description?: string;
  quantity?: number;
  unitPrice?: Money;
  extendedPrice?: Money;
};

export type OrderDetail = OrderRow & {
  poNumber?: string;
  total?: Money;
  products: OrderLine[];
  details: OrderPriceLine[];
};

export type OrderEstimate = { total?: Money; details: OrderPriceLine[]; products: OrderLine[] };

/** What the caller of a purchase learns: never "failed" when the order exists. */
export type PlaceOrderResult = { outcome: 'placed'; order: OrderDetail; recovered?: boolean } | { outcome: 'failed'; error: IngramError } | { outcome: 'unknown'; error: IngramError };

export type ConnectionStep = {
  step: 'reach' | 'token' | 'resource';
  ok: boolean;
  ms: number;
  detail: string;
  /** What a failed step points at, so the page can say what to check next. */
  cause?: 'credentials' | 'subscription-key' | 'marketplace' | 'throttled' | 'unreachable' | 'other';
  status?: number;
  correlationId?: string;
};

export type ConnectionTestResult = {
  ok: boolean;
  steps: ConnectionStep[];
  reseller?: { id: string; name: string };
  error?: PublicIngramError;
};
