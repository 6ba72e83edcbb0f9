import 'server-only';
// Prices a planned purchase with POST /orders/estimate (creates nothing): a sales order, or
// the seat-change pipeline's change order when seats are added to an existing subscription.
import type { IngramClient, MicrosoftActivation, OrderEstimate } from '@/lib/ingram';
import { estimateSeatChange, type SeatChangeOrder } from '@/lib/licenses/seat-change';
import type { PurchasePlan } from './plan';

export type EstimateDto = {
  total: { amount: string; currency: string } | null;
  lines: Array<{ description: string; quantity: number | null; unitPrice: string | null; extendedPrice: string | null; currency: string }>;
};

/** Microsoft needs the tenant to provision into; the agreement is attested only when ticked. */
export function microsoftActivation(plan: PurchasePlan, agreement: boolean): MicrosoftActivation {
  return { tenantId: plan.tenant.tenantId, domain: plan.tenant.defaultDomain, agreementAccepted: agreement };
}

/** Adding seats is a seat change of the existing subscription, with its own term and billing. */
export function seatChangeOfPlan(plan: PurchasePlan, customerReference?: string): SeatChangeOrder | undefined {
  const existing = plan.existing;
  if (!existing) return undefined;
  return {
    tenantId: plan.tenant.tenantId,
    customerId: plan.customerId,
    subscriptionId: existing.subscriptionId,
    mpn: plan.group.mpn,
    productName: plan.group.name,
    before: existing.quantity,
    after: plan.orderQuantity,
    subscriptionPeriod: plan.variant.termCode,
    billingPeriod: plan.variant.billingCode,
    scheduled: false,
    customerReference,
  };
}

export async function estimatePlan(plan: PurchasePlan, client: IngramClient): Promise<EstimateDto> {
  const change = seatChangeOfPlan(plan);
  const estimate: OrderEstimate = change
    ? await estimateSeatChange(client, change)
    : await client.estimateSalesOrder({
        customerId: plan.customerId,
        mpn: plan.group.mpn,
        quantity: plan.orderQuantity,
        billingPeriod: plan.variant.billingCode,
        subscriptionPeriod: plan.variant.termCode,
        microsoft: microsoftActivation(plan, true),
      });
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
