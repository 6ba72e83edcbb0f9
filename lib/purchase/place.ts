import 'server-only';
// Places a planned purchase through the order-placement service: recorded with a unique
// poNumber before it is sent, sent once per requestKey, unclear answers resolved by poNumber.
import type { CurrentUser } from '@/lib/auth/current-user';
import type { IngramClient } from '@/lib/ingram';
import { submitOrder, type OrderDto } from '@/lib/services/order-placement';
import type { PurchaseValues } from '@/lib/validations/purchase';
import { salesParameters } from './estimate';
import type { PurchasePlan } from './plan';

export async function placePurchase(plan: PurchasePlan, values: PurchaseValues, user: CurrentUser, client: IngramClient): Promise<OrderDto> {
  return submitOrder(
    {
      tenantId: plan.tenant.tenantId,
      customerId: plan.customerId,
      type: plan.existing ? 'change' : 'sales',
      requestKey: values.requestKey,
      subscriptionId: plan.existing?.subscriptionId,
      mpn: plan.group.mpn,
      productName: plan.group.name,
      quantity: plan.orderQuantity,
      previousQuantity: plan.existing?.quantity,
      subscriptionPeriod: plan.variant.termCode,
      billingPeriod: plan.variant.billingCode,
      customerReference: values.customerReference || undefined,
      parameters: plan.existing ? undefined : salesParameters(plan, values.agreement),
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
