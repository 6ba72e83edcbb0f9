import 'server-only';
// Request bodies the app sends, checked at compile time against the generated cmp-1.6 types.
import type { components } from '../generated/cmp-1.6';
import type { Period } from './common';

type Schemas = components['schemas'];

export type OrderParameter = { name: string; value: unknown };

export type SalesOrderRequest = {
  type: 'sales';
  customerId: string;
  poNumber: string;
  subscriptionPeriod: Period;
  products: Array<{ mpn: string; quantity: number; billingPeriod: Period; subscriptionPeriod?: Period; parameters?: OrderParameter[] }>;
};

/** Contract: `quantity` is the NEW TOTAL; `scheduledOn: 'renewal'` waits for the renewal date. */
export type ChangeOrderRequest = {
  type: 'change';
  customerId: string;
  subscriptionId: string;
  poNumber: string;
  scheduledOn?: 'renewal';
  products: Array<{ subscriptionId: string; mpn: string; quantity: number; billingPeriod: Period; subscriptionPeriod: Period }>;
};

export type CancellationOrderRequest = {
  type: 'cancellation';
  customerId: string;
  subscriptionId: string;
  poNumber: string;
};

export type OrderRequest = SalesOrderRequest | ChangeOrderRequest | CancellationOrderRequest;

/** PATCH /subscriptions/{id}: auto-renew only. Quantity and status cannot be PATCHed. */
export type AutoRenewPatch = { renewalStatus: boolean };

/** PATCH /orders/{id} (OrderUpdate): status code CL withdraws an order not processed yet. */
export type OrderWithdrawal = { statusCode: 'CL' };

// Compile-time checks: each body must be a valid OrderDetailed / SubscriptionUpdate from the YAML.
// The YAML types Period.type as an enum and `value` of a parameter as an object; the contract's
// corrections (any JSON value, any period word) are applied before comparing.
type YamlPeriodLoose = Omit<Schemas['Period'], 'type'> & { type: string };
type YamlOrderLine = Omit<Schemas['OrderLineProduct'], 'billingPeriod' | 'subscriptionPeriod' | 'parameters'> & {
  billingPeriod?: YamlPeriodLoose;
  subscriptionPeriod?: YamlPeriodLoose;
  parameters?: Array<{ name: string; value: unknown }>;
};
type YamlOrderBody = Omit<
  Schemas['OrderDetailed'],
  'products' | 'subscriptionPeriod' | 'id' | 'orderNumber' | 'creationDate' | 'provisioningDate' | 'status' | 'statusCode' | 'total' | 'details' | 'creditCheck' | 'lastBillingDate' | 'nextBillingDate'
> & {
  products?: YamlOrderLine[];
  subscriptionPeriod?: YamlPeriodLoose;
};

type Assert<T extends true> = T;
type Extends<A, B> = [A] extends [B] ? true : false;
export type RequestBodiesMatchYaml = [
  Assert<Extends<SalesOrderRequest, YamlOrderBody>>,
  Assert<Extends<ChangeOrderRequest, YamlOrderBody>>,
  Assert<Extends<CancellationOrderRequest, YamlOrderBody>>,
  Assert<Extends<AutoRenewPatch, Schemas['SubscriptionUpdate']>>,
  Assert<Extends<OrderWithdrawal, Schemas['OrderUpdate']>>,
  Assert<Extends<{ marketplace: string }, Schemas['TokenRequest']>>,
];
