import 'server-only';
// Prices a planned purchase with POST /orders/estimate (creates nothing) and the sales
// order's parameters: the Microsoft tenant and the customer-agreement attestation.
import type { IngramClient, OrderRequest } from '@/lib/ingram';
import { periodFromCode } from '@/lib/ingram/periods';
import type { PurchasePlan } from './plan';

export type EstimateDto = {
  total: { amount: string; currency: string } | null;
  lines: Array<{ description: string; quantity: number | null; unitPrice: string | null; extendedPrice: string | null; currency: string }>;
};

/** Microsoft needs the tenant to provision into; the agreement is attested only when ticked. */
export function salesParameters(plan: PurchasePlan, agreement: boolean): Array<{ name: string; value: unknown }> {
  return [
    { name: 'microsoft_tenant_id', value: plan.tenant.tenantId },
    { name: 'microsoft_domain', value: plan.tenant.defaultDomain },
    ...(agreement ? [{ name: 'microsoft_customer_agreement', value: 'accepted' }] : []),
  ];
}

export function orderBody(plan: PurchasePlan, poNumber: string): OrderRequest {
  const billingPeriod = periodFromCode(plan.variant.billingCode);
  const subscriptionPeriod = periodFromCode(plan.variant.termCode);
  if (plan.existing) {
    const subscriptionId = plan.existing.subscriptionId;
    return {
      type: 'change',
      customerId: plan.customerId,
      subscriptionId,
      poNumber,
      products: [{ subscriptionId, mpn: plan.group.mpn, quantity: plan.orderQuantity, billingPeriod, subscriptionPeriod }],
    };
  }
  return {
    type: 'sales',
    customerId: plan.customerId,
    poNumber,
    subscriptionPeriod,
    products: [{ mpn: plan.group.mpn, quantity: plan.orderQuantity, billingPeriod, subscriptionPeriod, parameters: salesParameters(plan, true) }],
  };
}

export async function estimatePlan(plan: PurchasePlan, client: IngramClient): Promise<EstimateDto> {
  const estimate = await client.estimateOrder(orderBody(plan, 'ESTIMATE'));
  const currency = estimate.total?.currency ?? plan.variant.currency;
  return {
    total: estimate.total ? { amount: estimate.total.amount, currency: estimate.total.currency || currency } : null,
    lines: estimate.details.map((d) => ({
      description: d.description ?? d.mpn ?? 'Line',
      quantity: d.quantity ?? null,
      unitPrice: d.unitPrice?.amount ?? null,
      extendedPrice: d.extendedPrice?.amount ?? null,
      currency: d.extendedPrice?.currency || currency,
    })),
  };
}
