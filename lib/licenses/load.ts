import 'server-only';
// A tenant's subscriptions for the CSP Licenses table: one list call, every detail at the
// client's bounded concurrency, and one orders call for the window and the in-progress marker.
// What it read is written to the inventory too, so the next page view starts from it.
import { getIngramClient, mapWithConcurrency, periodCode, type IngramClient, type OrderRow, type SubscriptionDetail } from '@/lib/ingram';
import { writeTenantInventory } from '@/lib/inventory/store';
import { listOpenOrdersForTenant } from '@/lib/orders/queries';
import { termAndBilling } from '@/lib/catalog/periods';
import { inProgressFor, orderFacts, type OrderFacts } from '@/lib/orders/facts';
import type { FailedOrderNotice, LicenseRow, LicensesResponse, NceWindow } from './types';
import { computeWindow } from './window';
import { longestWindowMs, readWindowLengths, windowMsOf, type WindowLengths } from './window-lengths';

const ENDED = new Set(['terminated', 'removed']);

export async function loadTenantLicenses(
  input: { tenantId: string; customerId: string; includeTerminated?: boolean },
  client: IngramClient = getIngramClient(),
  now = Date.now(),
): Promise<LicensesResponse> {
  const lengths = readWindowLengths();
  const [list, orderRows] = await Promise.all([client.listSubscriptions({ customerId: input.customerId }), client.listOrders({ customerId: input.customerId })]);
  const wanted = input.includeTerminated ? list : list.filter((r) => !ENDED.has(r.status ?? ''));
  const [subs, facts] = await Promise.all([client.getSubscriptionDetails(wanted), orderFacts(client, orderRows, now, 5, longestWindowMs(lengths))]);
  // One transaction: the rows, today's snapshot and the tenant's success (undefined run: a page's live load).
  writeTenantInventory({ tenantId: input.tenantId, customerId: input.customerId, rows: list, details: subs, orders: orderRows, facts, now, lengths, success: { runId: undefined, calls: 0 } });
  const local = listOpenOrdersForTenant(input.tenantId);
  const rows = subs.map((s) => toLicenseRow(s, facts, local, now, lengths));
  const failedOrders = await recentFailures(client, orderRows, now);
  return { rows, loadedAt: new Date(now).toISOString(), includeTerminated: !!input.includeTerminated, source: 'live', failedOrders };
}

export function toLicenseRow(s: SubscriptionDetail, facts: OrderFacts, local: ReturnType<typeof listOpenOrdersForTenant>, now: number, lengths: WindowLengths = new Map()): LicenseRow {
  const product = s.product;
  const quantity = product ? product.quantity : null;
  // A terminated subscription costs nothing more and does not renew, whatever its last detail says.
  const live = s.status !== 'terminated' && s.status !== 'removed';
  return {
    id: s.id,
    productName: product?.name ?? s.name,
    mpn: product?.mpn ?? '',
    quantity,
    status: s.status ?? 'unknown',
    termAndBilling: termAndBilling(s.subscriptionPeriod, s.billingPeriod),
    subscriptionPeriod: periodCode(s.subscriptionPeriod) ?? null,
    billingPeriod: periodCode(s.billingPeriod) ?? null,
    unitPrice: product?.unitPrice?.amount ?? null,
    totalPrice: live ? subscriptionTotal(s) : null,
    currency: s.totalPrice?.currency || product?.unitPrice?.currency || product?.extendedPrice?.currency || null,
    pricePeriod: pricePeriodOf(periodCode(s.billingPeriod)),
    creationDate: s.creationDate ?? null,
    renewalDate: s.renewalDate ?? null,
    expirationDate: s.expirationDate ?? null,
    autoRenew: live && (s.autoRenew ?? false),
    window: windowFor(s, quantity ?? 0, facts, now, windowMsOf(lengths, product?.mpn)),
    inProgress: inProgressFor(s.id, local, facts.open.get(s.id), { quantity, renewalDate: s.renewalDate ?? null }),
  };
}

/** Ingram's total, or the sum of the lines' extended prices when the total is absent or zero. */
export function subscriptionTotal(s: Pick<SubscriptionDetail, 'totalPrice' | 'products'>): string | null {
  const lines = s.products.map((p) => p.extendedPrice?.amount).filter((a): a is string => a !== undefined && a !== '');
  const sum = lines.reduce((n, a) => n + Number(a), 0);
  const total = s.totalPrice?.amount;
  if (total !== undefined && total !== '' && (Number(total) !== 0 || sum === 0)) return total;
  return lines.length > 0 ? sum.toFixed(2) : (total ?? null);
}

/** Prices are per billing period: monthly, yearly, or for a whole term billed at once. */
export function pricePeriodOf(billing: string | undefined): LicenseRow['pricePeriod'] {
  return billing === 'P1M' ? 'month' : billing === 'P1Y' ? 'year' : 'term';
}

const FAILED_WITHIN_MS = 7 * 86_400_000;

/** Orders of the last 7 days that ended in error, with Ingram's reason (read from the detail when the row has none). */
async function recentFailures(client: IngramClient, rows: OrderRow[], now: number): Promise<FailedOrderNotice[]> {
  const failed = rows.filter((o) => o.status === 'error' && now - Date.parse(o.creationDate ?? '') <= FAILED_WITHIN_MS).slice(0, 10);
  const messages = await mapWithConcurrency(failed, 5, async (o) => o.message ?? (await client.getOrder(o.id)).message);
  return failed.map((o, i) => ({
    orderId: o.id,
    orderNumber: o.orderNumber ?? null,
    type: o.type ?? 'unknown',
    subscriptionId: o.subscriptionId ?? null,
    createdAt: o.creationDate ?? null,
    message: messages[i] ?? 'Ingram Micro reports that this order failed without giving a reason.',
  }));
}

/** A subscription's NCE window from Ingram's dates and the seat changes the orders show. */
export function windowFor(s: SubscriptionDetail, quantity: number, facts: OrderFacts, now: number, windowMs?: number): NceWindow {
  return computeWindow({
    quantity,
    status: s.status,
    creationDate: s.creationDate,
    renewalDate: s.renewalDate,
    subscriptionPeriod: s.subscriptionPeriod,
    purchasedAt: facts.purchasedAt.get(s.id),
    changes: facts.changes.get(s.id) ?? [],
    now,
    windowMs,
  });
}
