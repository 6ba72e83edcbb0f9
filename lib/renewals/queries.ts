import 'server-only';
// The Renewals page's read: active subscriptions of the viewer's tenants renewing in a range,
// from the inventory, with any change already waiting for the renewal (Ingram's or the app's own).
import { and, eq, gte, inArray, isNull, lte, sql } from 'drizzle-orm';
import { getDb } from '@/db';
import { inventoryOrders, inventorySubscriptions as s, orders, tenants } from '@/db/schema';
import type { TenantScope } from '@/lib/auth/tenant-scope';
import { tenantScopeCondition } from '@/lib/auth/tenant-scope-sql';
import { localStatus, isFinal } from '@/lib/orders/status';
import { dayAfter, describeScheduled, lastSafeMoment, termBucketOf } from './schedule';
import type { RenewalRow, RenewalsPage } from './types';

export type RenewalsQuery = { tenantId?: string; days: number; day?: string; scope: TenantScope; now?: number };

/** Scheduled changes per subscription, in words: Ingram's open scheduled orders and the app's own. */
export function scheduledChanges(subscriptionIds: string[], quantities: Map<string, number | null>): Map<string, string> {
  const out = new Map<string, string>();
  if (subscriptionIds.length === 0) return out;
  const db = getDb();
  const upstream = db
    .select({ sub: inventoryOrders.subscriptionId, newQuantity: inventoryOrders.newQuantity, change: inventoryOrders.quantityChange, type: inventoryOrders.type })
    .from(inventoryOrders)
    .where(and(inArray(inventoryOrders.subscriptionId, subscriptionIds), isNull(inventoryOrders.goneAt), eq(inventoryOrders.scheduled, true)))
    .all();
  for (const o of upstream) {
    const before = quantities.get(o.sub!) ?? null;
    const after = o.type === 'cancellation' ? 0 : (o.newQuantity ?? (before !== null && o.change !== null ? before + o.change : null));
    out.set(o.sub!, describeScheduled(before, after));
  }
  // The app's own orders are known at once, before the next sync sees them.
  const local = db
    .select({ sub: orders.subscriptionId, quantity: orders.quantity, previous: orders.previousQuantity, state: orders.state, ingramStatus: orders.ingramStatus, scheduledOn: orders.scheduledOn })
    .from(orders)
    .where(and(inArray(orders.subscriptionId, subscriptionIds), eq(orders.scheduledOn, 'renewal'), inArray(orders.state, ['sending', 'placed', 'unknown'])))
    .all();
  for (const o of local) if (!isFinal(localStatus(o.state, o.ingramStatus, o.scheduledOn))) out.set(o.sub!, describeScheduled(o.previous, o.quantity));
  return out;
}

/** One tenant's or every scoped tenant's active subscriptions renewing from today through `days` days (or on one day). */
export function listRenewals(q: RenewalsQuery): RenewalsPage {
  const now = q.now ?? Date.now();
  const from = q.day ?? dayAfter(now, 0);
  const to = q.day ?? dayAfter(now, q.days);
  const rows = getDb()
    .select({
      id: s.id,
      tenantId: s.tenantId,
      tenantName: sql<string>`coalesce(${tenants.displayName}, ${s.tenantId})`,
      customerId: s.customerId,
      productName: s.productName,
      mpn: s.mpn,
      quantity: s.quantity,
      status: s.status,
      termMonths: s.termMonths,
      subscriptionPeriod: s.subscriptionPeriod,
      billingPeriod: s.billingPeriod,
      totalPrice: s.totalPrice,
      unitPrice: s.unitPrice,
      currency: s.currency,
      renewalDate: s.renewalDate,
      autoRenew: s.autoRenew,
      windowClosesAt: s.windowClosesAt,
      lastSeenAt: s.lastSeenAt,
    })
    .from(s)
    .leftJoin(tenants, eq(tenants.tenantId, s.tenantId))
    .where(
      and(
        isNull(s.goneAt),
        eq(s.status, 'active'),
        q.tenantId ? eq(s.tenantId, q.tenantId) : undefined,
        tenantScopeCondition(q.scope, s.tenantId),
        // Renewal dates are days or ISO times: compare their day as text.
        gte(sql`substr(${s.renewalDate}, 1, 10)`, from),
        lte(sql`substr(${s.renewalDate}, 1, 10)`, to),
      ),
    )
    .orderBy(s.renewalDate, s.productName, s.id)
    .all();
  const scheduled = scheduledChanges(
    rows.map((r) => r.id),
    new Map(rows.map((r) => [r.id, r.quantity])),
  );
  const newest = Math.max(0, ...rows.map((r) => r.lastSeenAt.getTime()));
  return {
    rows: rows.map(({ termMonths, windowClosesAt, lastSeenAt: _seen, renewalDate, ...r }): RenewalRow => ({
      ...r,
      term: termBucketOf(termMonths),
      pricePeriod: r.billingPeriod === 'P1M' ? 'month' : r.billingPeriod === 'P1Y' ? 'year' : 'term',
      renewalDate: renewalDate!.slice(0, 10),
      scheduledChange: scheduled.get(r.id) ?? null,
      lastSafeMoment: lastSafeMoment(renewalDate!),
      windowClosesAt: windowClosesAt && windowClosesAt.getTime() > now ? windowClosesAt.toISOString() : null,
    })),
    from,
    to,
    asOf: newest ? new Date(newest).toISOString() : null,
  };
}
