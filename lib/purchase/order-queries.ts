import 'server-only';
// Reads of the app's own orders table for one tenant (every query has the tenant in its WHERE).
import { and, desc, eq } from 'drizzle-orm';
import { getDb } from '@/db';
import { orders } from '@/db/schema';
import { toOrderDto, type OrderDto } from '@/lib/services/order-dto';

export function localOrdersForTenant(tenantId: string, limit = 500): OrderDto[] {
  return getDb().select().from(orders).where(eq(orders.tenantId, tenantId)).orderBy(desc(orders.createdAt)).limit(limit).all().map(toOrderDto);
}

export function localOrderById(tenantId: string, id: number): OrderDto | undefined {
  const row = getDb().select().from(orders).where(and(eq(orders.tenantId, tenantId), eq(orders.id, id))).get();
  return row && toOrderDto(row);
}

export function localOrderByIngramId(tenantId: string, ingramOrderId: string): OrderDto | undefined {
  const row = getDb().select().from(orders).where(and(eq(orders.tenantId, tenantId), eq(orders.ingramOrderId, ingramOrderId))).get();
  return row && toOrderDto(row);
}

export function localOrderByRequestKey(requestKey: string): OrderDto | undefined {
  const row = getDb().select().from(orders).where(eq(orders.requestKey, requestKey)).get();
  return row && toOrderDto(row);
}

/** Keeps the local row in step with what Ingram last said about the order. */
export function syncLocalOrder(id: number, change: { ingramStatus?: string; ingramOrderNumber?: string; createdSubscriptionId?: string }): void {
  const set = Object.fromEntries(Object.entries(change).filter(([, v]) => v !== undefined));
  if (Object.keys(set).length === 0) return;
  getDb().update(orders).set({ ...set, updatedAt: new Date() }).where(eq(orders.id, id)).run();
}

/** The address of an order's page: Ingram's id once known, else the local row. */
export function orderRef(order: Pick<OrderDto, 'id' | 'ingramOrderId'>): string {
  return order.ingramOrderId ?? `local-${order.id}`;
}
