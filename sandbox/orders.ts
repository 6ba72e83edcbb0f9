// Placing orders and moving them submitted -> processing -> completed (or error) by the clock.
import type { SandboxConfig } from './config';
import { ApiError } from './http';
import { buildSubscription, setQuantity, sweepRenewals } from './nce';
import type { OrderPlan } from './order-rules';
import type { World } from './store';
import type { Order } from './types';
import { orderDetail } from './views';

const TENANT_PARAMS = new Set(['microsoft_tenant_id', 'microsoft_domain']);

export function newOrder(world: World, plan: OrderPlan, createdAt: number, cfg: Pick<SandboxConfig, 'orderSecondsToProcessing' | 'orderSecondsToComplete'>): Order {
  const id = world.newOrderId();
  return {
    id,
    orderNumber: `SO-${new Date(createdAt).getUTCFullYear()}-${String(Number(id) - 5_000_000).padStart(6, '0')}`,
    type: plan.type,
    customerId: plan.customer.id,
    poNumber: plan.poNumber,
    status: 'submitted',
    createdAt,
    processingAt: createdAt + cfg.orderSecondsToProcessing * 1000,
    // A change scheduled for renewal completes when the renewal sweep reaches it.
    completeAt: plan.scheduledOn ? Infinity : createdAt + Math.max(cfg.orderSecondsToComplete, cfg.orderSecondsToProcessing) * 1000,
    subscriptionId: plan.subscription?.id,
    lines: plan.lines,
    newQuantity: plan.newQuantity,
    scheduledOn: plan.scheduledOn,
  };
}

// Sales orders create their subscriptions at once, pending until the order completes.
export function placeOrder(world: World, plan: OrderPlan, now: number, cfg: SandboxConfig): Order {
  const order = newOrder(world, plan, now, cfg);
  if (plan.type === 'sales') {
    for (const line of plan.lines) {
      const params = line.parameters ?? [];
      const sub = buildSubscription(world, {
        customerId: plan.customer.id,
        product: line.product,
        createdAt: now,
        status: 'pending',
        lots: [{ quantity: line.quantity, addedAt: now }],
        orderParameters: params,
        fulfillmentParameters: params.filter((p) => TENANT_PARAMS.has(p.name)),
      });
      world.addSubscription(sub);
      line.subscriptionId = sub.id;
      order.subscriptionId ??= sub.id;
    }
  }
  world.addOrder(order);
  return order;
}

// Only an order the platform has not started on can be withdrawn: one still submitted, or a
// change waiting for the renewal date (whatever status it shows until then).
export function withdrawOrder(world: World, order: Order, now: number): void {
  if (order.status === 'cancelled') return; // withdrawing twice changes nothing
  const waiting = order.status === 'submitted' || (order.scheduledOn === 'renewal' && order.status === 'processing');
  if (!waiting) {
    throw new ApiError(
      500,
      `Order ${order.orderNumber} (id ${order.id}) is ${order.status} and can no longer be withdrawn: only an order that has not been processed yet, such as a change scheduled for renewal, can be cancelled.`,
    );
  }
  order.status = 'cancelled';
  order.completeAt = now;
  world.unfinishedOrders.delete(order);
  // A withdrawn purchase never provisions: its pending subscription goes away.
  if (order.type === 'sales') {
    for (const line of order.lines) {
      const sub = world.subscriptionById.get(line.subscriptionId ?? '');
      if (sub?.status === 'pending') Object.assign(sub, { status: 'removed', modifiedAt: now });
    }
  }
}

// What POST /orders/estimate answers: the order priced, nothing stored.
export function estimateView(plan: OrderPlan) {
  const preview: Order = {
    id: '',
    orderNumber: '',
    type: plan.type,
    customerId: plan.customer.id,
    poNumber: plan.poNumber,
    status: 'submitted',
    createdAt: 0,
    processingAt: 0,
    completeAt: 0,
    lines: plan.lines,
    subscriptionId: plan.subscription?.id,
  };
  const { type, customerId, poNumber, products, details, total } = orderDetail(preview);
  return { type, customerId, ...(poNumber !== undefined ? { poNumber } : {}), products, details, total };
}

// Called before every API answer: orders and renewals catch up with the clock lazily.
export function advanceWorld(world: World, now: number): void {
  for (const order of world.unfinishedOrders) {
    if (order.status === 'submitted' && now >= order.processingAt) order.status = 'processing';
    if (now >= order.completeAt) completeOrder(world, order, order.completeAt);
  }
  sweepRenewals(world, now);
}

function completeOrder(world: World, order: Order, at: number): void {
  const failure = fulfil(world, order, at);
  order.status = failure ? 'error' : 'completed';
  if (failure) order.message = failure;
  else order.provisionedAt = at;
  world.unfinishedOrders.delete(order);
}

// Applies the order; returns a readable reason when fulfilment fails.
function fulfil(world: World, order: Order, at: number): string | undefined {
  if (order.type === 'sales') {
    for (const line of order.lines) {
      const sub = world.subscriptionById.get(line.subscriptionId ?? '');
      if (!sub) continue;
      const domain = line.parameters?.find((p) => p.name === 'microsoft_domain')?.value;
      // Domains beginning "taken-" stand for a domain Microsoft says is already in use.
      if (typeof domain === 'string' && domain.startsWith('taken-')) {
        sub.status = 'removed';
        sub.modifiedAt = at;
        return `Microsoft rejected the order: the domain ${domain} is already in use by another tenant. Use another domain, or give the existing tenant's microsoft_tenant_id.`;
      }
      sub.status = 'active';
      sub.modifiedAt = at;
      world.nextRenewalAt = Math.min(world.nextRenewalAt, sub.renewalAt);
    }
    return undefined;
  }
  const sub = world.subscriptionById.get(order.subscriptionId ?? '');
  if (!sub || sub.status !== 'active') return `Subscription ${order.subscriptionId} is no longer active (${sub?.status ?? 'missing'}); the order could not be applied.`;
  if (order.type === 'cancellation') {
    sub.status = 'terminated';
    sub.modifiedAt = at;
    sub.renewalStatus = false;
    return undefined;
  }
  setQuantity(sub, order.newQuantity ?? 0, at);
  return undefined;
}
