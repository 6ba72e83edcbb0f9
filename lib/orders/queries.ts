import 'server-only';
// Reading the orders the app recorded. Reads for a page carry the tenant in their WHERE.
import { and, desc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import { getDb, preparedOnce } from '@/db';
import { orders } from '@/db/schema';
import { toOrderDto } from './record';
import { isFinal } from './status';
import type { OrderDto } from './types';

export function orderById(id: number): OrderDto | undefined {
  const row = getDb().select().from(orders).where(eq(orders.id, id)).get();
  return row && toOrderDto(row);
}

/** The one lookup by the browser's idempotency key: the order a double click or resubmission already made. */
export function orderByRequestKey(requestKey: string): OrderDto | undefined {
  const row = getDb().select().from(orders).where(eq(orders.requestKey, requestKey)).get();
  return row && toOrderDto(row);
}

export function ordersForTenant(tenantId: string, limit = 500): OrderDto[] {
  return getDb().select().from(orders).where(eq(orders.tenantId, tenantId)).orderBy(desc(orders.createdAt)).limit(limit).all().map(toOrderDto);
}

/** One of the tenant's orders: the tenant is always in the WHERE. */
function tenantOrder(tenantId: string, match: SQL): OrderDto | undefined {
  const row = getDb()
    .select()
    .from(orders)
    .where(and(eq(orders.tenantId, tenantId), match))
    .get();
  return row && toOrderDto(row);
}

export const tenantOrderById = (tenantId: string, id: number) => tenantOrder(tenantId, eq(orders.id, id));

export const tenantOrderByIngramId = (tenantId: string, ingramOrderId: string) => tenantOrder(tenantId, eq(orders.ingramOrderId, ingramOrderId));

/** A tenant's recorded orders that have not ended (including scheduled ones), newest first. */
// Read by every CSP Licenses load: prepared once per connection.
const openOrdersOfTenant = preparedOnce((db) =>
  db
    .select()
    .from(orders)
    .where(and(eq(orders.tenantId, sql.placeholder('tenantId')), inArray(orders.state, ['sending', 'placed', 'unknown'])))
    .orderBy(desc(orders.createdAt))
    .prepare(),
);

export function listOpenOrdersForTenant(tenantId: string): OrderDto[] {
  return openOrdersOfTenant()
    .all({ tenantId })
    .map(toOrderDto)
    .filter((o) => !isFinal(o.status));
}

/** The open order of one subscription, if any: a second change must wait for it. */
export function openOrderForSubscription(tenantId: string, subscriptionId: string): OrderDto | undefined {
  return listOpenOrdersForTenant(tenantId).find((o) => o.subscriptionId === subscriptionId);
}

/** The address of an order's page: Ingram's id once known, else the local row. */
export function orderRef(order: Pick<OrderDto, 'id' | 'ingramOrderId'>): string {
  return order.ingramOrderId ?? `local-${order.id}`;
}
