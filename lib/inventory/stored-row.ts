import 'server-only';
// An Ingram subscription as the inventory stores it: period codes and months, money as decimal
// strings, the seat lots that decide the NCE window, and a hash of the list row.
import { createHash } from 'node:crypto';
import type { SeatLot } from '@/db/schema';
import { periodCode, type Money, type SubscriptionDetail, type SubscriptionRow } from '@/lib/ingram';
import { monthsOf } from '@/lib/catalog/periods';
import type { OrderFacts } from '@/lib/orders/facts';
import { NCE_WINDOW_MS, seatLots } from '@/lib/licenses/window';

export type StoredListFields = {
  id: string;
  productName: string;
  status: string;
  subscriptionPeriod: string | null;
  billingPeriod: string | null;
  termMonths: number | null;
  billingMonths: number | null;
  creationDate: string | null;
  renewalDate: string | null;
  expirationDate: string | null;
  lastModifiedDate: string | null;
  autoRenew: boolean;
  rowHash: string;
};

export type StoredDetail = StoredListFields & {
  mpn: string;
  vendorSubscriptionId: string | null;
  quantity: number | null;
  unitPrice: string | null;
  unitCost: string | null;
  totalPrice: string | null;
  currency: string | null;
  lots: SeatLot[];
  windowApproximate: boolean;
  windowClosesAt: number | null;
};

/** A stable hash of the list row's own fields: equal hashes mean the row did not change. */
export function rowHashOf(r: SubscriptionRow): string {
  const fields = [
    r.id,
    r.name,
    r.customerId,
    r.status,
    r.autoRenew,
    r.creationDate,
    r.renewalDate,
    r.expirationDate,
    r.lastModifiedDate,
    periodCode(r.billingPeriod),
    periodCode(r.subscriptionPeriod),
  ];
  return createHash('sha1').update(JSON.stringify(fields)).digest('base64url');
}

export function toStoredListFields(r: SubscriptionRow): StoredListFields {
  const term = periodCode(r.subscriptionPeriod) ?? null;
  const billing = periodCode(r.billingPeriod) ?? null;
  return {
    id: r.id,
    productName: r.name,
    status: r.status ?? 'unknown',
    subscriptionPeriod: term,
    billingPeriod: billing,
    termMonths: term ? (monthsOf(term) ?? null) : null,
    billingMonths: billing ? (monthsOf(billing) ?? null) : null,
    creationDate: r.creationDate ?? null,
    renewalDate: r.renewalDate ?? null,
    expirationDate: r.expirationDate ?? null,
    lastModifiedDate: r.lastModifiedDate ?? null,
    autoRenew: r.autoRenew ?? false,
    rowHash: rowHashOf(r),
  };
}

// Sums decimal strings in ten-thousandths, so no float error creeps into money.
function sumMoney(items: Array<Money | undefined>): string | null {
  const present = items.filter((m): m is Money => !!m && Number.isFinite(Number(m.amount)));
  if (present.length === 0) return null;
  const units = present.reduce((n, m) => n + Math.round(Number(m.amount) * 10_000), 0);
  return (units / 10_000).toFixed(2);
}

/** Ingram's totalPrice, or the sum of the lines' extendedPrice when it is absent or zero. */
export function totalPriceOf(d: SubscriptionDetail): string | null {
  if (d.totalPrice && Number(d.totalPrice.amount) !== 0) return d.totalPrice.amount;
  return sumMoney(d.products.map((p) => p.extendedPrice)) ?? d.totalPrice?.amount ?? null;
}

/** The stored row of a detail; `windowMs` is the product's NCE window (168 hours unless set per product). */
export function toStoredDetail(d: SubscriptionDetail, facts: OrderFacts, windowMs = NCE_WINDOW_MS): StoredDetail {
  const product = d.product;
  const quantity = product ? product.quantity : null;
  const lotsOf = seatLots({
    quantity: quantity ?? 0,
    creationDate: d.creationDate,
    renewalDate: d.renewalDate,
    subscriptionPeriod: d.subscriptionPeriod,
    purchasedAt: facts.purchasedAt.get(d.id),
    changes: facts.changes.get(d.id) ?? [],
  });
  const purchased = facts.purchasedAt.get(d.id);
  const termSource: SeatLot['source'] =
    lotsOf && !lotsOf.start.approximate && purchased
      ? 'purchase'
      : d.renewalDate && d.creationDate && lotsOf && new Date(lotsOf.start.at).toISOString().slice(0, 10) > d.creationDate
        ? 'renewal'
        : 'term';
  const lots: SeatLot[] = (lotsOf?.lots ?? []).map((l, i) => ({ quantity: l.quantity, at: new Date(l.at).toISOString(), source: i === 0 ? termSource : 'increase' }));
  const newest = lotsOf ? Math.max(...lotsOf.lots.map((l) => l.at)) : undefined;
  return {
    ...toStoredListFields(d),
    productName: product?.name ?? d.name,
    mpn: product?.mpn ?? '',
    vendorSubscriptionId: product?.vendorSubscriptionId ?? null,
    quantity,
    unitPrice: product?.unitPrice?.amount ?? null,
    unitCost: product?.unitCost?.amount ?? null,
    totalPrice: totalPriceOf(d),
    currency: d.totalPrice?.currency || product?.unitPrice?.currency || product?.unitCost?.currency || null,
    lots,
    windowApproximate: lotsOf?.start.approximate ?? true,
    windowClosesAt: newest !== undefined && (d.status ?? 'active') === 'active' ? newest + windowMs : null,
  };
}
