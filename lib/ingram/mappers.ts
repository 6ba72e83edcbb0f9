import 'server-only';
// Wire shapes -> the app's shapes. Pure functions, no I/O.
import type { WireCustomer, WireCustomerDetail, WireOrderDetail, WireOrderEstimate, WireOrderRow, WireProduct, WireSubscriptionDetail, WireSubscriptionRow } from './wire/resources';
import type { CatalogProduct, Customer, CustomerDetail, OrderDetail, OrderEstimate, OrderLine, OrderPriceLine, OrderRow, SubscriptionDetail, SubscriptionRow } from './types';

export function toCustomer(w: WireCustomer): Customer {
  return { id: w.id, externalId: w.externalId, name: w.name ?? `Customer ${w.id}`, status: w.status };
}

export function toCustomerDetail(w: WireCustomerDetail): CustomerDetail {
  return {
    ...toCustomer(w),
    address: w.address ?? undefined,
    contactPersons: w.contactPersons ?? [],
    language: w.language,
    taxRegId: w.taxRegId,
  };
}

export function toCatalogProduct(w: WireProduct): CatalogProduct {
  return {
    id: w.id,
    mpn: w.mpn,
    vendor: w.vendor,
    name: w.name ?? w.mpn,
    minimumQuantity: w.minimumQuantity,
    maximumQuantity: w.maximumQuantity,
    prices: w.prices.map(({ amount, currency, type }) => ({ amount, currency, type })),
    costs: w.costs.map(({ amount, currency, type }) => ({ amount, currency, type })),
    billingPeriod: periodOf(w.billingPeriod),
    subscriptionPeriod: periodOf(w.subscriptionPeriod),
    billingModel: w.billingModel,
  };
}

/** Only the two fields the app uses: the wire object may carry more. */
const periodOf = <P extends { type: string; duration: number }>(p: P | undefined) => p && { type: p.type, duration: p.duration };

export function toSubscriptionRow(w: WireSubscriptionRow): SubscriptionRow {
  return {
    id: w.id,
    name: w.name ?? `Subscription ${w.id}`,
    customerId: w.customerId,
    status: w.status,
    autoRenew: w.renewalStatus,
    creationDate: w.creationDate,
    renewalDate: w.renewalDate,
    expirationDate: w.expirationDate,
    lastModifiedDate: w.lastModifiedDate,
    billingPeriod: periodOf(w.billingPeriod),
    subscriptionPeriod: periodOf(w.subscriptionPeriod),
  };
}

export function toSubscriptionDetail(w: WireSubscriptionDetail): SubscriptionDetail {
  const products = w.products.map((p) => ({
    mpn: p.mpn,
    name: p.name,
    // A product line without a quantity holds none; never guess from the row.
    quantity: p.quantity ?? 0,
    unitPrice: p.unitPrice,
    unitCost: p.unitCost,
    extendedPrice: p.extendedPrice,
    vendorSubscriptionId: p.vendorSubscriptionId,
  }));
  return {
    ...toSubscriptionRow(w),
    product: products[0],
    products,
    totalPrice: w.totalPrice,
    fulfillmentParameters: w.fulfillmentParameters,
    orderParameters: w.orderParameters,
  };
}

export function toOrderRow(w: WireOrderRow): OrderRow {
  const { id, orderNumber, type, status, statusCode, customerId, creationDate, provisioningDate, subscriptionId, message } = w;
  return { id, orderNumber, type, status, statusCode, customerId, creationDate, provisioningDate, subscriptionId, message };
}

type WireLine = WireOrderDetail['products'][number];
type WirePriceLine = WireOrderDetail['details'][number];

function toOrderLine(p: WireLine): OrderLine {
  return {
    mpn: p.mpn,
    name: p.name,
    quantity: p.quantity,
    subscriptionId: p.subscriptionId,
    billingPeriod: periodOf(p.billingPeriod),
    subscriptionPeriod: periodOf(p.subscriptionPeriod),
    extendedPrice: p.extendedPrice,
  };
}

function toPriceLine({ type, mpn, description, quantity, unitPrice, extendedPrice }: WirePriceLine): OrderPriceLine {
  return { type, mpn, description, quantity, unitPrice, extendedPrice };
}

export function toOrderDetail(w: WireOrderDetail): OrderDetail {
  return {
    ...toOrderRow(w),
    poNumber: w.poNumber,
    total: w.total,
    products: w.products.map(toOrderLine),
    details: w.details.map(toPriceLine),
  };
}

export function toOrderEstimate(w: WireOrderEstimate): OrderEstimate {
  return { total: w.total, details: w.details.map(toPriceLine), products: w.products.map(toOrderLine) };
}
