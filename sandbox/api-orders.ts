// Order endpoints: estimate, place, list and read.
import { ApiError, type Ctx, enumParam, list, paging, timeParam } from './http';
import { planOrder } from './order-rules';
import { estimateView, placeOrder } from './orders';
import type { SandboxState } from './state';
import { newestFirst } from './store';
import type { Order } from './types';
import { orderDetail, orderRow } from './views';

const ORDER_STATUSES = ['submitted', 'processing', 'error', 'completed', 'cancelled'] as const;

export function estimateOrder(s: SandboxState, ctx: Ctx) {
  return estimateView(planOrder(s.world, ctx.body, ctx.now));
}

export function createOrder(s: SandboxState, ctx: Ctx) {
  const order = placeOrder(s.world, planOrder(s.world, ctx.body, ctx.now), ctx.now, s.config);
  return orderDetail(order);
}

export function filterOrders(s: SandboxState, query: URLSearchParams): Order[] {
  const customerId = query.get('customerId');
  const subscriptionId = query.get('subscriptionId');
  const orderNumber = query.get('orderNumber');
  const status = enumParam(query, 'status', ORDER_STATUSES);
  const from = timeParam(query, 'creationTimeFrom') ?? -Infinity;
  const to = timeParam(query, 'creationTimeTo') ?? Infinity;
  if (!customerId && !subscriptionId && !orderNumber && !status && from === -Infinity && to === Infinity) return s.world.orders;
  return s.world.orders.filter(
    (o) =>
      (!customerId || o.customerId === customerId) &&
      (!subscriptionId || o.subscriptionId === subscriptionId || o.lines.some((l) => l.subscriptionId === subscriptionId)) &&
      (!orderNumber || o.orderNumber === orderNumber) &&
      (!status || o.status === status) &&
      o.createdAt >= from &&
      o.createdAt <= to,
  );
}

export function listOrders(s: SandboxState, ctx: Ctx) {
  const { offset, limit } = paging(ctx.query);
  const page = newestFirst(filterOrders(s, ctx.query), offset, limit);
  return list(page.items.map(orderRow), offset, limit, page.total);
}

export function getOrder(s: SandboxState, ctx: Ctx) {
  const order = s.world.orderById.get(ctx.params.id!);
  if (!order) throw new ApiError(404, `Order ${ctx.params.id} was not found.`);
  return orderDetail(order);
}
