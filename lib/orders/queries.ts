import 'server-only';
// Reading the orders the app recorded: by id, and the unfinished ones of a tenant.
import { and, desc, eq, inArray } from 'drizzle-orm';
import { getDb } from '@/db';
import { orders, type OrderRow } from '@/db/schema';
import { isOwnedBy, type OrderOwner } from './owner';
import { orderPhase, shouldPoll } from './phase';
import type { OrderStatusDto } from './types';

export function toOrderStatusDto(r: OrderRow): OrderStatusDto {
  return {
    id: r.id,
    poNumber: r.poNumber,
    tenantId: r.tenantId,
    type: r.type,
    subscriptionId: r.subscriptionId,
    productName: r.productName,
    quantity: r.quantity,
    previousQuantity: r.previousQuantity,
    scheduledOn: r.scheduledOn,
    state: r.state,
    phase: orderPhase(r),
    ingramOrderId: r.ingramOrderId,
    ingramOrderNumber: r.ingramOrderNumber,
    ingramStatus: r.ingramStatus,
    createdSubscriptionId: r.createdSubscriptionId,
    total: r.total,
    currency: r.currency,
    errorMessage: r.errorMessage,
    errorStatus: r.errorStatus,
    correlationId: r.correlationId,
    createdAt: r.createdAt.toISOString(),
    updatedAt: r.updatedAt?.toISOString() ?? null,
  };
}

export function getOrderStatus(id: number): OrderStatusDto | undefined {
  const row = getDb().select().from(orders).where(eq(orders.id, id)).get();
  return row && toOrderStatusDto(row);
}

/** A tenant's recorded orders that have not ended (including scheduled ones), newest first. */
export function listOpenOrdersForTenant(tenantId: string): OrderStatusDto[] {
  return getDb()
    .select()
    .from(orders)
    .where(and(eq(orders.tenantId, tenantId), inArray(orders.state, ['sending', 'placed', 'unknown'])))
    .orderBy(desc(orders.createdAt))
    .all()
    .map(toOrderStatusDto)
    .filter((o) => o.phase !== 'completed' && o.phase !== 'failed' && o.phase !== 'cancelled');
}

/** The open order of one subscription, if any: a second change must wait for it. */
export function openOrderForSubscription(tenantId: string, subscriptionId: string): OrderStatusDto | undefined {
  return listOpenOrdersForTenant(tenantId).find((o) => o.subscriptionId === subscriptionId);
}

export { shouldPoll };

/**
 * The order this user already submitted for this tenant with this idempotency key, if any;
 * 'foreign' when the key belongs to someone else's order (never returned to this caller).
 */
export function findOrderByRequestKey(requestKey: string, owner: OrderOwner): OrderStatusDto | 'foreign' | undefined {
  const row = getDb().select().from(orders).where(eq(orders.requestKey, requestKey)).get();
  if (!row) return undefined;
  return isOwnedBy(row, owner) ? toOrderStatusDto(row) : 'foreign';
}
