import 'server-only';
// Writing the order record: Ingram's answer to a send, and Ingram's later view of the order.
import { eq } from 'drizzle-orm';
import { getDb } from '@/db/index';
import { orders, type OrderRow } from '@/db/schema';
import { writeAudit } from '@/lib/audit';
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
    recoveredAt: r.recoveredAt?.toISOString() ?? null,
  };
}

/** Writes Ingram's answer onto the row. Synchronous: no await near the database write. */
export function recordResult(rowId: number, result: PlaceOrderResult): OrderRow {
  const patch =
    result.outcome === 'placed'
      ? {
          state: 'placed' as const,
          // Found by its poNumber after a timeout or a 5xx: the page and the audit say so.
          ...(result.recovered ? { recoveredAt: new Date() } : {}),
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
  const row = getDb()
    .update(orders)
    .set({ ...patch, updatedAt: new Date() })
    .where(eq(orders.id, rowId))
    .returning()
    .get()!;
  if (result.outcome === 'placed' && result.recovered) auditRecovery(row);
  return row;
}

/** The audit row of an order whose first answer was unclear and that was then found at Ingram by its poNumber. */
function auditRecovery(row: OrderRow): void {
  writeAudit({
    action: 'orders.recovered',
    result: 'success',
    user: null,
    tenantId: row.tenantId,
    target: row.subscriptionId ?? row.createdSubscriptionId ?? row.poNumber,
    before: { state: 'unknown', poNumber: row.poNumber },
    after: { state: 'placed', recovered: true, orderId: row.ingramOrderId, orderNumber: row.ingramOrderNumber, placedBy: row.createdBy },
    message: `Ingram Micro's answer was unclear (a timeout or a server error); order ${row.ingramOrderNumber ?? row.ingramOrderId} was found by its PO number ${row.poNumber} and not placed again.`,
  });
}

/** The subscription a sales order created, as Ingram reports it. */
export function createdSubscriptionOf(order: OrderDetail): string | undefined {
  return order.subscriptionId ?? order.products.find((p) => p.subscriptionId)?.subscriptionId;
}

/** The one way the row learns what Ingram now says about a placed order (status, number, new subscription, error). */
export function applyIngramOrder(
  row: Pick<OrderRow, 'id' | 'type' | 'tenantId' | 'poNumber' | 'subscriptionId' | 'ingramStatus' | 'ingramOrderNumber' | 'createdSubscriptionId'>,
  order: OrderDetail,
): OrderRow | undefined {
  // A failed sales order created nothing: the subscription it reserved was removed.
  const createdSubscriptionId = row.type === 'sales' && order.status !== 'error' ? createdSubscriptionOf(order) : undefined;
  if (order.status === 'error' && row.ingramStatus !== 'error') auditFailure(row, order);
  const updated = getDb()
    .update(orders)
    .set({
      ingramStatus: order.status ?? row.ingramStatus,
      ingramOrderNumber: order.orderNumber ?? row.ingramOrderNumber,
      createdSubscriptionId: order.status === 'error' ? null : (createdSubscriptionId ?? row.createdSubscriptionId),
      // An order that ends in error keeps Ingram's reason for the person who placed it.
      ...(order.status === 'error' ? { errorMessage: ingramReason(order) } : {}),
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

/** Ingram's reason for an order in error, in its own words when it gives one. */
export function ingramReason(order: Pick<OrderDetail, 'message' | 'statusCode'>): string {
  return order.message ?? `Ingram Micro reports the order in error without a reason${order.statusCode ? ` (status code ${order.statusCode})` : ''}. Open it in the Ingram Micro reseller portal.`;
}

/** The audit row of an order that ended in error after it was placed: Ingram's reason, once. */
function auditFailure(row: Pick<OrderRow, 'type' | 'tenantId' | 'poNumber' | 'subscriptionId' | 'ingramStatus' | 'ingramOrderNumber'>, order: OrderDetail): void {
  writeAudit({
    action: 'orders.failed',
    result: 'failure',
    user: null,
    tenantId: row.tenantId,
    target: row.subscriptionId ?? row.poNumber,
    before: { status: row.ingramStatus },
    after: { status: 'error', type: row.type, orderId: order.id, orderNumber: order.orderNumber ?? row.ingramOrderNumber, poNumber: row.poNumber },
    message: ingramReason(order),
  });
}
