import 'server-only';
// The one seat-change pipeline: the CSP Licenses page and the wizard's "add seats to the existing
// subscription" both price and place a change order with the new total through here.
import type { IngramClient, OrderEstimate } from '@/lib/ingram';
import { submitOrder } from '@/lib/orders/submit';
import type { OrderDto } from '@/lib/orders/types';

/** A planned change of one subscription's seats, already checked by whoever planned it. */
export type SeatChangeOrder = {
  tenantId: string;
  customerId: string;
  subscriptionId: string;
  mpn: string;
  productName: string;
  before: number;
  after: number;
  /** Period codes of the subscription itself: a change keeps its term and billing. */
  subscriptionPeriod: string | null;
  billingPeriod: string | null;
  /** A decrease that waits for the renewal date. */
  scheduled: boolean;
  customerReference?: string;
};

const changeInput = (c: SeatChangeOrder) => ({
  customerId: c.customerId,
  subscriptionId: c.subscriptionId,
  mpn: c.mpn,
  newQuantity: c.after,
  billingPeriod: c.billingPeriod ?? '',
  subscriptionPeriod: c.subscriptionPeriod ?? '',
  ...(c.scheduled ? { scheduledOn: 'renewal' as const } : {}),
});

/** Prices the change with POST /orders/estimate (creates nothing). */
export function estimateSeatChange(client: IngramClient, c: SeatChangeOrder): Promise<OrderEstimate> {
  return client.estimateChange(changeInput(c));
}

/** Records the change order before sending it once per request key; the caller checks earlier submissions first. */
export function placeSeatChange(client: IngramClient, c: SeatChangeOrder, requestKey: string, createdBy: string): Promise<OrderDto> {
  return submitOrder(
    {
      tenantId: c.tenantId,
      customerId: c.customerId,
      type: 'change',
      requestKey,
      subscriptionId: c.subscriptionId,
      mpn: c.mpn,
      productName: c.productName,
      quantity: c.after,
      previousQuantity: c.before,
      subscriptionPeriod: c.subscriptionPeriod ?? undefined,
      billingPeriod: c.billingPeriod ?? undefined,
      scheduledOn: c.scheduled ? 'renewal' : undefined,
      customerReference: c.customerReference,
      createdBy,
    },
    client,
  );
}
