import 'server-only';
// The "keep spare seats" marks: read as the planner needs them, listed for the dialog, set and removed.
import { and, asc, eq } from 'drizzle-orm';
import { getDb } from '@/db';
import { inventorySubscriptions, spareSeatMarks, tenants } from '@/db/schema';
import type { SpareMarks } from './plan';
import type { SpareSeatsMark } from './types';

/** Every mark of the given tenants (all tenants when none are given), keyed for the plan. */
export function readSpareMarks(tenantIds?: readonly string[]): SpareMarks {
  const wanted = tenantIds ? new Set(tenantIds) : undefined;
  const bySubscription = new Map<string, number>();
  const byTenant = new Map<string, number>();
  for (const m of getDb().select().from(spareSeatMarks).all()) {
    if (wanted && !wanted.has(m.tenantId)) continue;
    if (m.subscriptionId) bySubscription.set(m.subscriptionId, m.seats);
    else byTenant.set(m.tenantId, m.seats);
  }
  return { bySubscription, byTenant };
}

/** A tenant's marks with names, for the dialog: the tenant's own first. */
export function listSpareMarks(tenantId: string): SpareSeatsMark[] {
  const rows = getDb()
    .select({ m: spareSeatMarks, tenantName: tenants.displayName, productName: inventorySubscriptions.productName })
    .from(spareSeatMarks)
    .innerJoin(tenants, eq(tenants.tenantId, spareSeatMarks.tenantId))
    .leftJoin(inventorySubscriptions, eq(inventorySubscriptions.id, spareSeatMarks.subscriptionId))
    .where(eq(spareSeatMarks.tenantId, tenantId))
    .orderBy(asc(spareSeatMarks.subscriptionId))
    .all();
  return rows.map(({ m, tenantName, productName }) => ({
    id: m.id,
    tenantId: m.tenantId,
    tenantName,
    subscriptionId: m.subscriptionId || null,
    productName: productName ?? null,
    seats: m.seats,
    updatedBy: m.updatedBy,
    updatedAt: m.updatedAt.toISOString(),
  }));
}

/** Whether the subscription is one of the tenant's in the inventory (a mark never names another tenant's). */
export function subscriptionOfTenant(tenantId: string, subscriptionId: string): { productName: string } | undefined {
  return getDb()
    .select({ productName: inventorySubscriptions.productName })
    .from(inventorySubscriptions)
    .where(and(eq(inventorySubscriptions.id, subscriptionId), eq(inventorySubscriptions.tenantId, tenantId)))
    .get();
}

/** Sets a mark (one per tenant and one per subscription) and returns what it was before. */
export function setSpareMark(tenantId: string, subscriptionId: string | undefined, seats: number, by: string): { before: number | null } {
  const db = getDb();
  const key = subscriptionId ?? '';
  return db.transaction((tx) => {
    const before = tx
      .select({ seats: spareSeatMarks.seats })
      .from(spareSeatMarks)
      .where(and(eq(spareSeatMarks.tenantId, tenantId), eq(spareSeatMarks.subscriptionId, key)))
      .get();
    tx.insert(spareSeatMarks)
      .values({ tenantId, subscriptionId: key, seats, updatedBy: by, updatedAt: new Date() })
      .onConflictDoUpdate({ target: [spareSeatMarks.tenantId, spareSeatMarks.subscriptionId], set: { seats, updatedBy: by, updatedAt: new Date() } })
      .run();
    return { before: before?.seats ?? null };
  });
}

/** Removes one of the tenant's marks; undefined when the tenant has no such mark. */
export function removeSpareMark(tenantId: string, id: number): { subscriptionId: string | null; seats: number } | undefined {
  const gone = getDb()
    .delete(spareSeatMarks)
    .where(and(eq(spareSeatMarks.id, id), eq(spareSeatMarks.tenantId, tenantId)))
    .returning()
    .get();
  return gone ? { subscriptionId: gone.subscriptionId || null, seats: gone.seats } : undefined;
}
