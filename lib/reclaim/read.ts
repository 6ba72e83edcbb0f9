import 'server-only';
// The reclaim plan of one tenant or of every tenant in the role's scope, from the inventory (seats,
// lots, prices, open orders), the synced Microsoft usage and the "keep spare seats" marks.
import { and, eq, gt, inArray, isNull, type SQL } from 'drizzle-orm';
import { getDb } from '@/db';
import { inventoryOrders, inventorySubscriptions as s, tenants } from '@/db/schema';
import { tenantScopeCondition } from '@/lib/auth/tenant-scope-sql';
import type { TenantScope } from '@/lib/auth/tenant-scope';
import { inProgressMessage } from '@/lib/licenses/bounds';
import { looksScheduled, inProgressFor, type OpenOrder } from '@/lib/orders/facts';
import { listOpenOrdersForTenant } from '@/lib/orders/queries';
import { buildPlan, type ReclaimInput } from './plan';
import { listSpareMarks, readSpareMarks } from './spare-seats';
import type { ReclaimPlan } from './types';
import { usageErrors, usageFor } from '@/lib/inventory/usage';

type Query = { scope: TenantScope; tenantId?: string; now?: number };

function activeSubscriptions({ scope, tenantId }: Query) {
  const where: Array<SQL | undefined> = [isNull(s.goneAt), eq(s.status, 'active'), gt(s.quantity, 0), tenantScopeCondition(scope, s.tenantId), tenantId ? eq(s.tenantId, tenantId) : undefined];
  return getDb()
    .select({ sub: s, tenantName: tenants.displayName })
    .from(s)
    .leftJoin(tenants, eq(tenants.tenantId, s.tenantId))
    .where(and(...where))
    .all();
}

/** Open orders Ingram reported for the subscriptions (placed here or elsewhere), by subscription. */
function upstreamOpenOrders(subscriptionIds: string[], now: number): Map<string, OpenOrder> {
  const out = new Map<string, OpenOrder>();
  if (!subscriptionIds.length) return out;
  const rows = getDb()
    .select()
    .from(inventoryOrders)
    .where(and(inArray(inventoryOrders.subscriptionId, subscriptionIds), isNull(inventoryOrders.goneAt)))
    .all();
  for (const o of rows) {
    if (!o.subscriptionId || o.type === 'sales' || out.has(o.subscriptionId)) continue;
    const row = {
      id: o.id,
      orderNumber: o.orderNumber ?? undefined,
      type: o.type ?? undefined,
      status: o.status ?? undefined,
      subscriptionId: o.subscriptionId,
      creationDate: o.creationDate ?? undefined,
    };
    out.set(o.subscriptionId, { row, change: o.quantityChange, scheduled: o.scheduled || looksScheduled(row, o.quantityChange, now) });
  }
  return out;
}

export function readReclaimPlan(q: Query): ReclaimPlan {
  const now = q.now ?? Date.now();
  const subs = activeSubscriptions(q);
  const usage = usageFor(subs.map((r) => r.sub.id));
  const assignedOf = (id: string) => usage.get(id)?.assigned ?? null;
  // Tenants whose Microsoft side is missing (not connected, no consent, throttled, not read yet), with the reason.
  const names = new Map(subs.map((r) => [r.sub.tenantId, r.tenantName ?? r.sub.tenantId]));
  const missing = [...usageErrors([...names.keys()]).values()];
  // Only subscriptions with unused seats need their orders looked at.
  const candidates = subs.filter((r) => {
    const assigned = assignedOf(r.sub.id);
    return assigned !== null && (r.sub.quantity ?? 0) > assigned;
  });
  const upstream = upstreamOpenOrders(
    candidates.map((r) => r.sub.id),
    now,
  );
  const localByTenant = new Map<string, ReturnType<typeof listOpenOrdersForTenant>>();
  const inputs: ReclaimInput[] = candidates.map(({ sub, tenantName }) => {
    if (!localByTenant.has(sub.tenantId)) localByTenant.set(sub.tenantId, listOpenOrdersForTenant(sub.tenantId));
    const inProgress = inProgressFor(sub.id, localByTenant.get(sub.tenantId)!, upstream.get(sub.id), { quantity: sub.quantity, renewalDate: sub.renewalDate });
    return {
      subscriptionId: sub.id,
      tenantId: sub.tenantId,
      tenantName: tenantName ?? sub.tenantId,
      productName: sub.productName,
      mpn: sub.mpn,
      status: sub.status,
      quantity: sub.quantity ?? 0,
      assigned: assignedOf(sub.id),
      unitPrice: sub.unitPrice ?? (sub.totalPrice && sub.quantity ? String(Number(sub.totalPrice) / sub.quantity) : null),
      currency: sub.currency,
      subscriptionPeriod: sub.subscriptionPeriod,
      billingPeriod: sub.billingPeriod,
      renewalDate: sub.renewalDate,
      autoRenew: sub.autoRenew,
      lots: sub.lots.map((l) => ({ quantity: l.quantity, at: Date.parse(l.at) })),
      windowApproximate: sub.windowApproximate,
      blocked: inProgress ? inProgressMessage({ inProgress }) : null,
    };
  });
  const marks = readSpareMarks(q.tenantId ? [q.tenantId] : undefined);
  const plan = buildPlan(inputs, marks, now, missing.length);
  plan.usageNotes = missing.slice(0, 5).map((e) => `${names.get(e.tenantId)}: ${e.message}${e.status ? ` (HTTP ${e.status}${e.correlationId ? `, correlation id ${e.correlationId}` : ''})` : ''}`);
  return q.tenantId ? { ...plan, marks: listSpareMarks(q.tenantId) } : plan;
}
