import 'server-only';
// Seat changes, cancellations and auto-renew: checked again on the server against fresh facts,
// estimated with POST /orders/estimate, and handed to lib/orders (recorded before sending).
import type { IngramClient, OrderEstimate } from '@/lib/ingram';
import { submitOrder } from '@/lib/orders/submit';
import type { OrderDto } from '@/lib/orders/types';
import type { SeatChangeKind } from '@/lib/validations/licenses';
import { inProgressMessage, NO_PRODUCT_LINES, newTotal, seatBounds } from './bounds';
import { changeContext, refuse, type Refusal, type Target } from './context';
import type { LicenseChangeContext, LicenseEstimate } from './types';
import type { SeatChangeOrder } from './seat-change';
import { timeLeft } from './window';

export type SeatPlan = { context: LicenseChangeContext; before: number; after: number; change: SeatChangeOrder };

/** The checks a person would be told about, in the order they matter. */
export async function planSeatChange(client: IngramClient, t: Target, kind: SeatChangeKind, seats: number): Promise<SeatPlan | Refusal> {
  const context = await changeContext(client, t);
  if (context.status !== 'active') return refuse('CONFLICT', `The subscription is ${context.status}: only active subscriptions can be changed.`);
  if (!context.hasProductLines) return refuse('CONFLICT', NO_PRODUCT_LINES);
  if (context.inProgress) return refuse('CONFLICT', inProgressMessage(context));
  const bounds = seatBounds(context, kind);
  if (seats > bounds.max) {
    const why = bounds.max === 0 ? `No seats can be ${kind === 'add' ? 'added' : 'removed'} now: ${bounds.reason}.` : `At most ${bounds.max}: ${bounds.reason}.`;
    return refuse('VALIDATION', why, { seats: [why] });
  }
  const after = newTotal(kind, context.quantity, seats);
  return { context, before: context.quantity, after, change: seatChangeOf(t, context, after, kind === 'schedule-decrease') };
}

function seatChangeOf(t: Target, c: LicenseChangeContext, after: number, scheduled: boolean): SeatChangeOrder {
  const { subscriptionId, mpn, productName, quantity: before, subscriptionPeriod, billingPeriod } = c;
  return { tenantId: t.tenantId, customerId: t.customerId, subscriptionId, mpn, productName, before, after, subscriptionPeriod, billingPeriod, scheduled };
}

export function toEstimate(e: OrderEstimate): LicenseEstimate {
  return {
    total: e.total?.amount ?? null,
    currency: e.total?.currency ?? null,
    lines: e.details.map((d) => ({ description: d.description ?? d.type ?? 'Line', quantity: d.quantity ?? null, amount: d.extendedPrice?.amount ?? null })),
  };
}

/** Cancellation is possible only within 168 h of purchase or renewal; outside, auto-renew off is the exit. */
export async function planCancellation(client: IngramClient, t: Target): Promise<LicenseChangeContext | Refusal> {
  const context = await changeContext(client, t);
  if (context.status !== 'active') return refuse('CONFLICT', `The subscription is ${context.status}: only active subscriptions can be cancelled.`);
  if (context.inProgress) return refuse('CONFLICT', inProgressMessage(context));
  if (!context.window.cancelUntil || Date.parse(context.window.cancelUntil) <= Date.now()) {
    return refuse(
      'CONFLICT',
      `The 7-day (168-hour) cancellation window has ${timeLeft(context.window.cancelUntil, Date.now())}: Microsoft no longer allows cancelling. Turn auto-renew off so that it ends with its term${context.renewalDate ? ` on ${context.renewalDate}` : ''}.`,
    );
  }
  return context;
}

export async function estimateCancellation(client: IngramClient, t: Target): Promise<LicenseEstimate> {
  return toEstimate(await client.estimateCancellation({ customerId: t.customerId, subscriptionId: t.sub.id }));
}

export function placeCancellation(client: IngramClient, t: Target, c: LicenseChangeContext, requestKey: string, createdBy: string): Promise<OrderDto> {
  return submitOrder(
    {
      tenantId: t.tenantId,
      customerId: t.customerId,
      type: 'cancellation',
      requestKey,
      subscriptionId: c.subscriptionId,
      mpn: c.mpn,
      productName: c.productName,
      quantity: 0,
      previousQuantity: c.quantity,
      createdBy,
    },
    client,
  );
}
