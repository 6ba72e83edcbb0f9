import 'server-only';
// Wire schemas of the resources the app reads (cmp-1.6.yaml plus CONTRACT.md's corrections).
import { z } from 'zod';
import { optionalBoolean, optionalMoney, optionalNumber, optionalPeriod, optionalText, wireId, wireMoney, wireParameters } from './common';

const list = <T extends z.ZodType>(item: T) =>
  z
    .array(item)
    .nullish()
    .transform((v) => v ?? []);

export const wireReseller = z.looseObject({ id: wireId, name: optionalText, status: optionalText });

export const wireCustomer = z.looseObject({
  id: wireId,
  externalId: optionalText,
  name: optionalText,
  status: optionalText,
});

/** A row of the customer list: only what the app keeps (strict fields, the rest dropped, not copied: 500 rows a page, up to 200 pages). */
export const wireCustomerListItem = z.object({ id: wireId, externalId: optionalText, name: optionalText, status: optionalText });

export const wireCustomerDetail = wireCustomer.extend({
  address: z.record(z.string(), z.unknown()).nullish().catch(undefined),
  contactPersons: z.array(z.record(z.string(), z.unknown())).nullish().catch(undefined),
  language: optionalText,
  taxRegId: optionalText,
});

export const wireProduct = z.looseObject({
  id: optionalText,
  mpn: z.union([z.string(), z.number()]).transform(String),
  vendor: optionalText,
  name: optionalText,
  minimumQuantity: optionalNumber,
  maximumQuantity: optionalNumber,
  prices: list(wireMoney.extend({ type: optionalText })).catch([]),
  costs: list(wireMoney.extend({ type: optionalText })).catch([]),
  billingPeriod: optionalPeriod,
  subscriptionPeriod: optionalPeriod,
  billingModel: optionalText,
});

/** Subscription rows (GET /subscriptions): no products and no quantity, per the contract. */
export const wireSubscriptionRow = z.looseObject({
  id: wireId,
  name: optionalText,
  customerId: optionalText,
  status: optionalText,
  renewalStatus: optionalBoolean,
  creationDate: optionalText,
  renewalDate: optionalText,
  expirationDate: optionalText,
  lastModifiedDate: optionalText,
  billingPeriod: optionalPeriod,
  subscriptionPeriod: optionalPeriod,
});

export const wireSubscriptionProduct = z.looseObject({
  mpn: optionalText,
  name: optionalText,
  quantity: optionalNumber,
  unitPrice: optionalMoney,
  /** What the reseller pays Ingram per unit. */
  unitCost: optionalMoney,
  extendedPrice: optionalMoney,
  vendorSubscriptionId: optionalText,
});

export const wireSubscriptionDetail = wireSubscriptionRow.extend({
  products: list(wireSubscriptionProduct),
  totalPrice: optionalMoney,
  orderParameters: wireParameters,
  fulfillmentParameters: wireParameters,
});

export const wireOrderRow = z.looseObject({
  id: wireId,
  orderNumber: optionalText,
  type: optionalText,
  status: optionalText,
  statusCode: optionalText,
  customerId: optionalText,
  creationDate: optionalText,
  provisioningDate: optionalText,
  subscriptionId: optionalText,
  /** Not in the YAML: some answers explain an order in error here. Read when present. */
  message: optionalText,
});

export const wireOrderLine = z.looseObject({
  mpn: optionalText,
  name: optionalText,
  quantity: optionalNumber,
  subscriptionId: optionalText,
  billingPeriod: optionalPeriod,
  subscriptionPeriod: optionalPeriod,
  extendedPrice: optionalMoney,
});

export const wireOrderDetailLine = z.looseObject({
  type: optionalText,
  mpn: optionalText,
  description: optionalText,
  quantity: optionalNumber,
  unitPrice: optionalMoney,
  extendedPrice: optionalMoney,
});

export const wireOrderDetail = wireOrderRow.extend({
  poNumber: optionalText,
  total: optionalMoney,
  products: list(wireOrderLine),
  details: list(wireOrderDetailLine),
});

/** POST /orders/estimate prices an order and creates nothing: it has no id. */
export const wireOrderEstimate = z.looseObject({
  total: optionalMoney,
  details: list(wireOrderDetailLine),
  products: list(wireOrderLine),
});

export type WireCustomer = z.output<typeof wireCustomer>;
export type WireCustomerDetail = z.output<typeof wireCustomerDetail>;
export type WireProduct = z.output<typeof wireProduct>;
export type WireSubscriptionRow = z.output<typeof wireSubscriptionRow>;
export type WireSubscriptionDetail = z.output<typeof wireSubscriptionDetail>;
export type WireOrderRow = z.output<typeof wireOrderRow>;
export type WireOrderDetail = z.output<typeof wireOrderDetail>;
export type WireOrderEstimate = z.output<typeof wireOrderEstimate>;
