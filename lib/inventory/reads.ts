import 'server-only';
// A tenant's rows as the CSP Licenses grid shows them, read from the inventory at once.
import { and, desc, eq, gt, isNull, or } from 'drizzle-orm';
import { getDb } from '@/db';
import { inventoryOrders, inventorySubscriptions, orders, syncTenantState, type InventoryOrderRow, type InventorySubscriptionRow } from '@/db/schema';
import type { OrderRow } from '@/lib/ingram';
import { termAndBillingOfCodes } from '@/lib/catalog/periods';
import { inProgressFor, looksScheduled, type OpenOrder } from '@/lib/orders/facts';
import { listOpenOrdersForTenant } from '@/lib/orders/queries';
import type { LicenseRow, NceWindow } from '@/lib/licenses/types';
import { windowFromLots } from '@/lib/licenses/window';
import { readWindowLengths, windowMsOf, type WindowLengths } from '@/lib/licenses/window-lengths';

const ENDED = new Set(['terminated', 'removed']);
const CLOSED: NceWindow = { cancelUntil: null, removableSeats: 0, removeUntil: null, approximate: false };

export type InventoryLicenses = {
  rows: LicenseRow[];
  /** When the tenant was last read from Ingram (ISO), or null when the inventory has nothing for it. */
  asOf: string | null;
  /** An order of the tenant was placed or moved on since: the rows may be behind whatever their age. */
  ordersMovedSince: boolean;
};

/** The NCE window now, from the stored lots: the first lot is the term's own. */
export function windowOf(r: InventorySubscriptionRow, now: number, windowMs?: number): NceWindow {
  if (r.status !== 'active' || r.lots.length === 0) return CLOSED;
  const lots = r.lots.map((l) => ({ quantity: l.quantity, at: Date.parse(l.at), source: l.source }));
  return windowFromLots({ at: lots[0]!.at, approximate: r.windowApproximate }, lots, r.quantity ?? 0, now, windowMs);
}

const asOrderRow = (o: InventoryOrderRow): OrderRow => ({
  id: o.id,
  orderNumber: o.orderNumber ?? undefined,
  type: o.type ?? undefined,
  status: o.status ?? undefined,
  subscriptionId: o.subscriptionId ?? undefined,
  creationDate: o.creationDate ?? undefined,
});

export function toLicenseRowFromInventory(
  r: InventorySubscriptionRow,
  local: ReturnType<typeof listOpenOrdersForTenant>,
  upstream: OpenOrder | undefined,
  now: number,
  lengths: WindowLengths = new Map(),
): LicenseRow {
  // A terminated subscription costs nothing more and does not renew (as the live rows say).
  const live = !ENDED.has(r.status);
  return {
    id: r.id,
    productName: r.productName,
    mpn: r.mpn,
    quantity: r.quantity,
    status: r.status,
    termAndBilling: termAndBillingOfCodes(r.subscriptionPeriod, r.billingPeriod),
    subscriptionPeriod: r.subscriptionPeriod,
    billingPeriod: r.billingPeriod,
    unitPrice: r.unitPrice,
    totalPrice: live ? r.totalPrice : null,
    currency: r.currency,
    pricePeriod: r.billingPeriod === 'P1M' ? 'month' : r.billingPeriod === 'P1Y' ? 'year' : 'term',
    creationDate: r.creationDate,
    renewalDate: r.renewalDate,
    expirationDate: r.expirationDate,
    autoRenew: live && r.autoRenew,
    window: windowOf(r, now, windowMsOf(lengths, r.mpn)),
    inProgress: inProgressFor(r.id, local, upstream, { quantity: r.quantity, renewalDate: r.renewalDate }),
  };
}

/** When the tenant was last read from Ingram whole. */
export function tenantAsOf(tenantId: string): Date | null {
  const state = getDb().select({ at: syncTenantState.lastSuccessAt }).from(syncTenantState).where(eq(syncTenantState.tenantId, tenantId)).get();
  return state?.at ?? null;
}

/** The tenant's subscriptions from the inventory (terminated ones only when asked), newest first as Ingram lists them. */
export function readTenantLicenses(tenantId: string, opts: { includeTerminated?: boolean; now?: number } = {}): InventoryLicenses {
  const now = opts.now ?? Date.now();
  const asOf = tenantAsOf(tenantId);
  if (!asOf) return { rows: [], asOf: null, ordersMovedSince: false };
  const db = getDb();
  const subs = db
    .select()
    .from(inventorySubscriptions)
    .where(and(eq(inventorySubscriptions.tenantId, tenantId), isNull(inventorySubscriptions.goneAt)))
    .orderBy(desc(inventorySubscriptions.creationDate), desc(inventorySubscriptions.id))
    .all()
    .filter((r) => opts.includeTerminated || !ENDED.has(r.status));
  const open = db
    .select()
    .from(inventoryOrders)
    .where(and(eq(inventoryOrders.tenantId, tenantId), isNull(inventoryOrders.goneAt)))
    .all();
  const openBySub = new Map<string, OpenOrder>();
  for (const o of open)
    if (o.subscriptionId && o.type !== 'sales' && !openBySub.has(o.subscriptionId))
      openBySub.set(o.subscriptionId, { row: asOrderRow(o), change: o.quantityChange, scheduled: o.scheduled || looksScheduled(asOrderRow(o), o.quantityChange, now) });
  const local = listOpenOrdersForTenant(tenantId);
  const lengths = readWindowLengths();
  return { rows: subs.map((r) => toLicenseRowFromInventory(r, local, openBySub.get(r.id), now, lengths)), asOf: asOf.toISOString(), ordersMovedSince: ordersMovedSince(tenantId, asOf) };
}

/** Whether one of the tenant's recorded orders was created or updated after `at`. */
function ordersMovedSince(tenantId: string, at: Date): boolean {
  const row = getDb()
    .select({ id: orders.id })
    .from(orders)
    .where(and(eq(orders.tenantId, tenantId), or(gt(orders.createdAt, at), gt(orders.updatedAt, at))))
    .limit(1)
    .get();
  return !!row;
}
