import 'server-only';
import type { OrderRow } from '@/db/schema';

/** What pages see of a recorded order: chosen columns only. */
export type OrderDto = Pick<
  OrderRow,
  | 'id'
  | 'poNumber'
  | 'tenantId'
  | 'customerId'
  | 'type'
  | 'subscriptionId'
  | 'mpn'
  | 'productName'
  | 'quantity'
  | 'previousQuantity'
  | 'subscriptionPeriod'
  | 'billingPeriod'
  | 'scheduledOn'
  | 'customerReference'
  | 'state'
  | 'ingramOrderId'
  | 'ingramOrderNumber'
  | 'ingramStatus'
  | 'createdSubscriptionId'
  | 'total'
  | 'currency'
  | 'errorMessage'
  | 'errorStatus'
  | 'correlationId'
  | 'createdBy'
  | 'createdAt'
  | 'updatedAt'
>;

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
    createdAt: r.createdAt,
    updatedAt: r.updatedAt,
  };
}
