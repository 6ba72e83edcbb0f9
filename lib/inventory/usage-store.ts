import 'server-only';
// Writes what Microsoft said of one tenant: each Ingram subscription linked exactly (its
// vendorSubscriptionId is Microsoft's id of the same subscription) to the product behind it.
import { and, eq, isNull } from 'drizzle-orm';
import { getDb } from '@/db';
import { inventorySubscriptions, inventoryUsage, usageTenantState, type UsageSource } from '@/db/schema';
import type { LicenseSource, TenantSku } from '@/lib/microsoft';

type IngramSide = { id: string; vendorSubscriptionId: string | null; quantity: number | null; creationDate: string | null };
export type UsageRowInput = typeof inventoryUsage.$inferInsert;

const same = (a: string | null, b: string | null) => !!a && !!b && a.toLowerCase() === b.toLowerCase();
const COUNTED = new Set(['Enabled', 'Warning']);

/** The usage rows of a tenant: assigned seats fill its Ingram subscriptions of a product oldest first. */
export function linkUsage(tenantId: string, ingram: IngramSide[], licenses: { skus: TenantSku[]; sources: LicenseSource[] }, partnerTenantId: string, at: Date): UsageRowInput[] {
  const linked = ingram.flatMap((s) => {
    const ms = licenses.sources.find((m) => same(m.microsoftSubscriptionId, s.vendorSubscriptionId));
    return ms?.skuId ? [{ ingram: s, ms, skuId: ms.skuId }] : [];
  });
  const bySku = new Map<string, typeof linked>();
  for (const l of linked) bySku.set(l.skuId.toLowerCase(), [...(bySku.get(l.skuId.toLowerCase()) ?? []), l]);
  const rows: UsageRowInput[] = [];
  for (const group of bySku.values()) {
    group.sort((a, b) => (a.ingram.creationDate ?? '').localeCompare(b.ingram.creationDate ?? '') || a.ingram.id.localeCompare(b.ingram.id));
    const sku = licenses.skus.find((k) => same(k.skuId, group[0]!.skuId));
    const paidOfSku = group.reduce((n, l) => n + (l.ingram.quantity ?? 0), 0);
    const enabled = sku?.enabledSeats ?? group.reduce((n, l) => n + l.ms.seats, 0);
    const skuAssigned = sku?.assignedSeats ?? 0;
    const mine = new Set(group.map((l) => l.ms.id));
    const sources: UsageSource[] = licenses.sources
      .filter((m) => same(m.skuId, group[0]!.skuId))
      .map((m) => ({ microsoftSubscriptionId: m.microsoftSubscriptionId, sellerTenantId: m.sellerTenantId, seats: m.seats, status: m.status, linked: mine.has(m.id) }));
    const elsewhere = sources.filter((s) => !s.linked && COUNTED.has(s.status) && !same(s.sellerTenantId, partnerTenantId)).reduce((n, s) => n + s.seats, 0);
    // Microsoft counting more seats than Ingram bills means another source, even when no row says whose.
    const otherSourceSeats = Math.max(elsewhere, enabled - paidOfSku, 0);
    let left = skuAssigned;
    group.forEach((l, i) => {
      const paid = l.ingram.quantity ?? 0;
      const share = i === group.length - 1 ? left : Math.min(paid, left);
      left -= share;
      rows.push({
        subscriptionId: l.ingram.id,
        tenantId,
        microsoftSubscriptionId: l.ms.microsoftSubscriptionId,
        skuId: l.skuId,
        skuPartNumber: sku?.skuPartNumber ?? l.ms.skuPartNumber,
        paidSeats: paid,
        microsoftSeats: enabled,
        assignedSeats: share,
        skuAssignedSeats: skuAssigned,
        otherSourceSeats,
        sources,
        readAt: at,
      });
    });
  }
  return rows;
}

/** The tenant's live Ingram subscriptions as the inventory holds them. */
export function ingramSideOf(tenantId: string): IngramSide[] {
  return getDb()
    .select({
      id: inventorySubscriptions.id,
      vendorSubscriptionId: inventorySubscriptions.vendorSubscriptionId,
      quantity: inventorySubscriptions.quantity,
      creationDate: inventorySubscriptions.creationDate,
    })
    .from(inventorySubscriptions)
    .where(and(eq(inventorySubscriptions.tenantId, tenantId), isNull(inventorySubscriptions.goneAt)))
    .all();
}

/** Replaces the tenant's usage rows and marks the read good, in one transaction. */
export function writeTenantUsage(tenantId: string, rows: UsageRowInput[], at: Date): void {
  const db = getDb();
  db.transaction((tx) => {
    tx.delete(inventoryUsage).where(eq(inventoryUsage.tenantId, tenantId)).run();
    for (const r of rows) tx.insert(inventoryUsage).values(r).run();
    const values = { lastAttemptAt: at, lastSuccessAt: at, errorKind: null, errorMessage: null, errorStatus: null, errorCorrelationId: null, errorAt: null };
    tx.insert(usageTenantState)
      .values({ tenantId, ...values })
      .onConflictDoUpdate({ target: usageTenantState.tenantId, set: values })
      .run();
  });
}

export type UsageFailure = { kind: string; message: string; status: number | null; correlationId: string | null };

/** A failed read: the tenant's earlier usage rows stay (shown with their age), the reason is kept. */
export function recordUsageError(tenantId: string, f: UsageFailure, at: Date): void {
  const values = { lastAttemptAt: at, errorKind: f.kind, errorMessage: f.message, errorStatus: f.status, errorCorrelationId: f.correlationId, errorAt: at };
  getDb()
    .insert(usageTenantState)
    .values({ tenantId, ...values })
    .onConflictDoUpdate({ target: usageTenantState.tenantId, set: values })
    .run();
}

/** When the tenant's usage was last read fine (incremental runs skip recent ones). */
export function usageReadAt(tenantId: string): Date | null {
  return getDb().select({ at: usageTenantState.lastSuccessAt }).from(usageTenantState).where(eq(usageTenantState.tenantId, tenantId)).get()?.at ?? null;
}
