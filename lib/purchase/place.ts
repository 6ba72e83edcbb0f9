import 'server-only';
// Places a planned purchase through lib/orders: recorded with a unique poNumber before it is
// sent, sent once per requestKey. Added seats go through the one seat-change pipeline.
import type { CurrentUser } from '@/lib/auth/current-user';
import type { IngramClient } from '@/lib/ingram';
import { placeSeatChange } from '@/lib/licenses/seat-change';
import { submitOrder } from '@/lib/orders/submit';
import type { OrderDto } from '@/lib/orders/types';
import type { PurchaseValues } from '@/lib/validations/purchase';
import { microsoftActivation, seatChangeOfPlan } from './estimate';
import type { PurchasePlan } from './plan';

export async function placePurchase(plan: PurchasePlan, values: PurchaseValues, user: CurrentUser, client: IngramClient): Promise<OrderDto> {
  const customerReference = values.customerReference || undefined;
  const change = seatChangeOfPlan(plan, customerReference);
  if (change) return placeSeatChange(client, change, values.requestKey, user.email);
  return submitOrder(
    {
      tenantId: plan.tenant.tenantId,
      customerId: plan.customerId,
      type: 'sales',
      requestKey: values.requestKey,
      mpn: plan.group.mpn,
      productName: plan.group.name,
      quantity: plan.orderQuantity,
      subscriptionPeriod: plan.variant.termCode,
      billingPeriod: plan.variant.billingCode,
      customerReference,
      microsoft: microsoftActivation(plan, values.agreement),
      createdBy: user.email,
    },
    client,
  );
}

/** What the audit row keeps of a purchase (never a secret). */
export function purchaseAuditRecord(plan: PurchasePlan, order: OrderDto | undefined, values: PurchaseValues) {
  return {
    product: plan.group.name,
    mpn: plan.group.mpn,
    variant: { term: plan.variant.termCode, billing: plan.variant.billingCode },
    mode: plan.mode,
    subscriptionId: plan.existing?.subscriptionId ?? null,
    quantity: plan.quantity,
    orderQuantity: plan.orderQuantity,
    previousQuantity: plan.existing?.quantity ?? null,
    total: order?.total ? `${order.total} ${order.currency ?? ''}`.trim() : null,
    poNumber: order?.poNumber ?? null,
    orderId: order?.ingramOrderId ?? null,
    orderNumber: order?.ingramOrderNumber ?? null,
    state: order?.state ?? null,
    customerReference: values.customerReference || null,
    withoutEstimate: values.withoutEstimate ?? false,
  };
}
