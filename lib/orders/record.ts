import 'server-only';
// Writing the order record: Ingram's answer to a send, and Ingram's later view of the order.
import { eq } from 'drizzle-orm';
import { getDb } from '@/db/index';
import { orders, type OrderRow } from '@/db/schema';
import type { OrderDetail, PlaceOrderResult } from '@/lib/ingram';
import { isFinal, localStatus, normaliseStatus } from './status';
import type { OrderDto } from './types';

export function toOrderDto(r: OrderRow): OrderDto {
  return {
    id: r.id,
    poNumber: r.poNumber,
    tenantId: r.tenantId,
    customerId: r.customerId,
    type: r.type,
    subscriptionId: r.subscriptionId,
    mpn: r.mpn,
    productName: r.productName,
    quantity: r.quantity,
    previousQuantity: r.previousQuantity,
    subscriptionPeriod: r.subscriptionPeriod,
    billingPeriod: r.billingPeriod,
    scheduledOn: r.scheduledOn,
    customerReference: r.customerReference,
    state: r.state,
    status: localStatus(r.state, r.ingramStatus, r.scheduledOn),
    ingramOrderId: r.ingramOrderId,
    ingramOrderNumber: r.ingramOrderNumber,
    ingramStatus: r.ingramStatus,
    createdSubscriptionId: r.createdSubscriptionId,
    total: r.total,
    currency: r.currency,
    errorMessage: r.errorMessage,
    errorStatus: r.errorStatus,
    correlationId: r.correlationId,
    createdBy: r.createdBy,
    createdAt: r.createdAt.toISOString(),
    updatedAt: r.updatedAt?.toISOString() ?? null,
  };
}

/** Writes Ingram's answer onto the row. Synchronous: no await near the database write. */
export function recordResult(rowId: number, result: PlaceOrderResult): OrderRow {
  const patch =
    result.outcome === 'placed'
      ? {
          state: 'placed' as const,
          ingramOrderId: result.order.id,
          ingramOrderNumber: result.order.orderNumber ?? null,
          ingramStatus: result.order.status ?? null,
          total: result.order.total?.amount ?? null,
          currency: result.order.total?.currency || null,
          errorMessage: null,
          errorStatus: null,
          correlationId: null,
        }
      : {
          state: result.outcome,
          errorMessage: result.error.message,
          errorStatus: result.error.status ?? null,
          correlationId: result.error.correlationId ?? null,
        };
  return getDb()
    .update(orders)
    .set({ ...patch, updatedAt: new Date() })
    .where(eq(orders.id, rowId))
    .returning()
    .get()!;
}

/** The subscription a sales order created, as Ingram reports it. */
export function createdSubscriptionOf(order: OrderDetail): string | undefined {
  return order.subscriptionId ?? order.products.find((p) => p.subscriptionId)?.subscriptionId;
}

/** The one way the row learns what Ingram now says about a placed order (status, number, new subscription, error). */
export function applyIngramOrder(row: Pick<OrderRow, 'id' | 'type' | 'ingramStatus' | 'ingramOrderNumber' | 'createdSubscriptionId'>, order: OrderDetail): OrderRow | undefined {
  const createdSubscriptionId = row.type === 'sales' ? createdSubscriptionOf(order) : undefined;
  const updated = getDb()
    .update(orders)
    .set({
      ingramStatus: order.status ?? row.ingramStatus,
      ingramOrderNumber: order.orderNumber ?? row.ingramOrderNumber,
      createdSubscriptionId: createdSubscriptionId ?? row.createdSubscriptionId,
      // An order that ends in error keeps Ingram's reason for the person who placed it.
      ...(order.status === 'error' ? { errorMessage: order.message ?? `Ingram Micro reports the order in error${order.statusCode ? ` (status code ${order.statusCode})` : ''}.` } : {}),
      updatedAt: new Date(),
    })
    .where(eq(orders.id, row.id))
    .returning()
    .get();
  // The order just ended: the tenant's inventory is re-read in the background (loaded lazily: the inventory reads orders too).
  if (updated && isFinal(normaliseStatus(updated.ingramStatus)) && !isFinal(normaliseStatus(row.ingramStatus))) {
    const tenantId = updated.tenantId;
    void import('@/lib/inventory/sync/one-tenant').then((m) => m.resyncTenantSoon(tenantId));
  }
  return updated;
}
