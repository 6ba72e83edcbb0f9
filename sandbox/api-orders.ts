// Order endpoints: estimate, place, list, read and withdraw.
import { ApiError, type Ctx, enumParam, list, paging, timeParam } from './http';
import { planOrder } from './order-rules';
import { estimateView, placeOrder, withdrawOrder } from './orders';
import type { SandboxState } from './state';
import { newestFirst } from './store';
import type { Order } from './types';
import { orderDetail, orderRow } from './views';

const ORDER_STATUSES = ['submitted', 'processing', 'error', 'completed', 'cancelled'] as const;

export function estimateOrder(s: SandboxState, ctx: Ctx) {
  return estimateView(planOrder(s.world, ctx.body, ctx.now, 'estimate'));
}

export function createOrder(s: SandboxState, ctx: Ctx) {
  const order = placeOrder(s.world, planOrder(s.world, ctx.body, ctx.now, 'order'), ctx.now, s.config);
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

function findOrder(s: SandboxState, id: string): Order {
  const order = s.world.orderById.get(id);
  if (!order) throw new ApiError(404, `Order ${id} was not found.`);
  return order;
}

export function getOrder(s: SandboxState, ctx: Ctx) {
  return orderDetail(findOrder(s, ctx.params.id!));
}

const UPDATABLE = new Set(['statusCode', 'creditCheck']); // OrderUpdate in both specs

// PATCH /orders/{id}: `{"statusCode": "CL"}` withdraws an order that has not been processed yet.
export function updateOrder(s: SandboxState, ctx: Ctx) {
  const order = findOrder(s, ctx.params.id!);
  const body = ctx.body as Record<string, unknown> | undefined;
  if (!body || typeof body !== 'object' || Array.isArray(body)) throw new ApiError(400, 'The body must be a JSON object, for example {"statusCode": "CL"}.');
  const unknown = Object.keys(body).filter((k) => !UPDATABLE.has(k));
  if (unknown.length > 0) throw new ApiError(400, `These order fields cannot be changed: ${unknown.join(', ')}. Only statusCode ("CL" to withdraw) and creditCheck can.`);
  if (body.creditCheck !== undefined && typeof body.creditCheck !== 'boolean') throw new ApiError(400, 'creditCheck must be true or false.');
  if (body.statusCode !== undefined && body.statusCode !== 'CL') throw new ApiError(400, `statusCode '${String(body.statusCode)}' cannot be set; only "CL" (withdraw the order) can.`);
  if (body.statusCode === 'CL') withdrawOrder(s.world, order, ctx.now);
  return orderDetail(order);
}
