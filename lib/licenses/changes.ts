import 'server-only';
// Seat changes, cancellations and auto-renew: checked again on the server against fresh facts,
// estimated with POST /orders/estimate, and placed through submitOrder (recorded before sending).
import type { IngramClient, OrderEstimate } from '@/lib/ingram';
import { periodFromCode } from '@/lib/ingram/periods';
import { getOrderStatus } from '@/lib/orders/queries';
import type { OrderStatusDto } from '@/lib/orders/types';
import { submitOrder } from '@/lib/services/order-placement';
import type { SeatChangeKind } from '@/lib/validations/licenses';
import { newTotal, seatBounds } from './bounds';
import { changeContext, refuse, type Refusal, type Target } from './context';
import type { LicenseChangeContext, LicenseEstimate } from './types';
import { timeLeft } from './window';

export type SeatPlan = { context: LicenseChangeContext; before: number; after: number };

/** The checks a person would be told about, in the order they matter. */
export async function planSeatChange(client: IngramClient, t: Target, kind: SeatChangeKind, seats: number): Promise<SeatPlan | Refusal> {
  const context = await changeContext(client, t);
  if (context.status !== 'active') return refuse('CONFLICT', `The subscription is ${context.status}: only active subscriptions can be changed.`);
  if (context.inProgress) return refuse('CONFLICT', inProgressMessage(context));
  const bounds = seatBounds(context, kind);
  if (seats > bounds.max) {
    const why = bounds.max === 0 ? `No seats can be ${kind === 'add' ? 'added' : 'removed'} now: ${bounds.reason}.` : `At most ${bounds.max}: ${bounds.reason}.`;
    return refuse('VALIDATION', why, { seats: [why] });
  }
  return { context, before: context.quantity, after: newTotal(kind, context.quantity, seats) };
}

export function inProgressMessage(c: Pick<LicenseChangeContext, 'inProgress'>): string {
  const o = c.inProgress!;
  return `Order ${o.orderNumber ?? ''} (${o.type}, ${o.status}) for this subscription has not finished yet${o.scheduled ? ' (it waits for the renewal date)' : ''}. Ingram Micro accepts one unfinished change per subscription: wait until it completes.`.replace('Order  ', 'An order ');
}

function changeBody(t: Target, plan: SeatPlan, scheduled: boolean) {
  const c = plan.context;
  return {
    type: 'change' as const,
    customerId: t.customerId,
    subscriptionId: c.subscriptionId,
    poNumber: 'ESTIMATE',
    ...(scheduled ? { scheduledOn: 'renewal' as const } : {}),
    products: [{ subscriptionId: c.subscriptionId, mpn: c.mpn, quantity: plan.after, billingPeriod: periodFromCode(c.billingPeriod ?? ''), subscriptionPeriod: periodFromCode(c.subscriptionPeriod ?? '') }],
  };
}

export function toEstimate(e: OrderEstimate): LicenseEstimate {
  return {
    total: e.total?.amount ?? null,
    currency: e.total?.currency ?? null,
    lines: e.details.map((d) => ({ description: d.description ?? d.type ?? 'Line', quantity: d.quantity ?? null, amount: d.extendedPrice?.amount ?? null })),
  };
}

export async function estimateSeatChange(client: IngramClient, t: Target, plan: SeatPlan, kind: SeatChangeKind): Promise<LicenseEstimate> {
  return toEstimate(await client.estimateOrder(changeBody(t, plan, kind === 'schedule-decrease')));
}

export async function placeSeatChange(client: IngramClient, t: Target, plan: SeatPlan, kind: SeatChangeKind, requestKey: string, createdBy: string): Promise<OrderStatusDto> {
  const c = plan.context;
  const dto = await submitOrder(
    {
      tenantId: t.tenantId,
      customerId: t.customerId,
      type: 'change',
      requestKey,
      subscriptionId: c.subscriptionId,
      mpn: c.mpn,
      productName: c.productName,
      quantity: plan.after,
      previousQuantity: plan.before,
      subscriptionPeriod: c.subscriptionPeriod ?? undefined,
      billingPeriod: c.billingPeriod ?? undefined,
      scheduledOn: kind === 'schedule-decrease' ? 'renewal' : undefined,
      createdBy,
    },
    client,
  );
  return getOrderStatus(dto.id)!;
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
  return toEstimate(await client.estimateOrder({ type: 'cancellation', customerId: t.customerId, subscriptionId: t.sub.id, poNumber: 'ESTIMATE' }));
}

export async function placeCancellation(client: IngramClient, t: Target, c: LicenseChangeContext, requestKey: string, createdBy: string): Promise<OrderStatusDto> {
  const dto = await submitOrder(
    { tenantId: t.tenantId, customerId: t.customerId, type: 'cancellation', requestKey, subscriptionId: c.subscriptionId, mpn: c.mpn, productName: c.productName, quantity: 0, previousQuantity: c.quantity, createdBy },
    client,
  );
  return getOrderStatus(dto.id)!;
}
