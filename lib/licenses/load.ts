import 'server-only';
// A tenant's subscriptions for the CSP Licenses table: one list call, every detail at the
// client's bounded concurrency, and one orders call for the window and the in-progress marker.
// What it read is written to the inventory too, so the next page view starts from it.
import { getIngramClient, periodCode, type IngramClient, type SubscriptionDetail } from '@/lib/ingram';
import { writeTenantInventory } from '@/lib/inventory/store';
import { recordTenantSuccess } from '@/lib/inventory/sync/tenant-state';
import { listOpenOrdersForTenant } from '@/lib/orders/queries';
import { termAndBilling } from '@/lib/catalog/periods';
import { inProgressFor, orderFacts, type OrderFacts } from '@/lib/orders/facts';
import type { LicenseRow, LicensesResponse, NceWindow } from './types';
import { computeWindow } from './window';

const ENDED = new Set(['terminated', 'removed']);

export async function loadTenantLicenses(
  input: { tenantId: string; customerId: string; includeTerminated?: boolean },
  client: IngramClient = getIngramClient(),
  now = Date.now(),
): Promise<LicensesResponse> {
  const [list, orderRows] = await Promise.all([client.listSubscriptions({ customerId: input.customerId }), client.listOrders({ customerId: input.customerId })]);
  const wanted = input.includeTerminated ? list : list.filter((r) => !ENDED.has(r.status ?? ''));
  const [subs, facts] = await Promise.all([client.getSubscriptionDetails(wanted), orderFacts(client, orderRows, now)]);
  writeTenantInventory({ tenantId: input.tenantId, customerId: input.customerId, rows: list, details: subs, orders: orderRows, facts, now });
  recordTenantSuccess({ tenantId: input.tenantId, customerId: input.customerId }, undefined, 0, new Date(now));
  const local = listOpenOrdersForTenant(input.tenantId);
  const rows = subs.map((s) => toLicenseRow(s, facts, local, now));
  return { rows, loadedAt: new Date(now).toISOString(), includeTerminated: !!input.includeTerminated, source: 'live' };
}

export function toLicenseRow(s: SubscriptionDetail, facts: OrderFacts, local: ReturnType<typeof listOpenOrdersForTenant>, now: number): LicenseRow {
  const product = s.product;
  const quantity = product?.quantity ?? 0;
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
    totalPrice: s.totalPrice?.amount ?? product?.extendedPrice?.amount ?? null,
    currency: s.totalPrice?.currency ?? product?.unitPrice?.currency ?? null,
    creationDate: s.creationDate ?? null,
    renewalDate: s.renewalDate ?? null,
    expirationDate: s.expirationDate ?? null,
    autoRenew: s.autoRenew ?? false,
    window: windowFor(s, quantity, facts, now),
    inProgress: inProgressFor(s.id, local, facts.open.get(s.id)),
  };
}

/** A subscription's NCE window from Ingram's dates and the seat changes the orders show. */
export function windowFor(s: SubscriptionDetail, quantity: number, facts: OrderFacts, now: number): NceWindow {
  return computeWindow({
    quantity,
    status: s.status,
    creationDate: s.creationDate,
    renewalDate: s.renewalDate,
    subscriptionPeriod: s.subscriptionPeriod,
    purchasedAt: facts.purchasedAt.get(s.id),
    changes: facts.changes.get(s.id) ?? [],
    now,
  });
}
