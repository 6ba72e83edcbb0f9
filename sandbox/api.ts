// Read endpoints: resellers, customers, products, subscriptions, and the subscription PATCH.
import { ApiError, type Ctx, enumParam, list, listBytes, paging } from './http';
import type { SandboxState } from './state';
import { newestFirst } from './store';
import type { Subscription } from './types';
import { customerJson, customerView, productView, resellerView, subscriptionDetail, subscriptionRow } from './views';

const SUB_STATUSES = ['pending', 'active', 'hold', 'terminated', 'removed'] as const;
const includes = (hay: string, needle: string | null) => !needle || hay.toLowerCase().includes(needle.toLowerCase());

export function listResellers(_s: SandboxState, ctx: Ctx) {
  const { offset, limit } = paging(ctx.query);
  const all = [resellerView()];
  return list(all.slice(offset, offset + limit), offset, limit, all.length);
}

export function listCustomers(s: SandboxState, ctx: Ctx) {
  const { offset, limit } = paging(ctx.query);
  const name = ctx.query.get('name');
  const externalId = ctx.query.get('externalId');
  const email = ctx.query.get('email');
  const filtered =
    name || externalId || email
      ? s.world.customers.filter((c) => includes(c.name, name) && (!externalId || c.externalId === externalId) && (!email || c.email === email.toLowerCase()))
      : s.world.customers;
  const page = newestFirst(filtered, offset, limit);
  return listBytes(page.items.map(customerJson), offset, limit, page.total);
}

export function getCustomer(s: SandboxState, ctx: Ctx) {
  const c = s.world.customerById.get(ctx.params.id!);
  if (!c) throw new ApiError(404, `Customer ${ctx.params.id} was not found.`);
  return customerView(c);
}

export function listProducts(s: SandboxState, ctx: Ctx) {
  const { offset, limit } = paging(ctx.query);
  const name = ctx.query.get('name');
  const mpn = ctx.query.get('mpn');
  const vendor = ctx.query.get('vendor');
  const source = mpn ? (s.world.productsByMpn.get(mpn.toLowerCase()) ?? []) : s.world.products;
  const filtered = name || vendor ? source.filter((p) => includes(p.name, name) && includes(p.vendor, vendor)) : source;
  const page = newestFirst(filtered, offset, limit);
  return list(page.items.map(productView), offset, limit, page.total);
}

export function listSubscriptions(s: SandboxState, ctx: Ctx) {
  const { offset, limit } = paging(ctx.query);
  const status = enumParam(ctx.query, 'status', SUB_STATUSES);
  const customerId = ctx.query.get('customerId');
  const from = ctx.query.get('creationDateFrom');
  const to = ctx.query.get('creationDateTo');
  // The customer index first, so a customer's page never scans the whole world.
  let rows: Subscription[] = customerId ? (s.world.subscriptionsByCustomer.get(customerId) ?? []) : s.world.subscriptions;
  if (status || from || to) {
    const fromAt = from ? Date.parse(from) : -Infinity;
    const toAt = to ? Date.parse(to) + 86_399_999 : Infinity;
    if (Number.isNaN(fromAt) || Number.isNaN(toAt)) throw new ApiError(400, 'creationDateFrom and creationDateTo must be dates (YYYY-MM-DD).');
    rows = rows.filter((r) => (!status || r.status === status) && r.createdAt >= fromAt && r.createdAt <= toAt);
  }
  const page = newestFirst(rows, offset, limit);
  return list(page.items.map(subscriptionRow), offset, limit, page.total);
}

export function getSubscription(s: SandboxState, ctx: Ctx) {
  return subscriptionDetail(findSubscription(s, ctx.params.id!));
}

function findSubscription(s: SandboxState, id: string): Subscription {
  const sub = s.world.subscriptionById.get(id);
  if (!sub) throw new ApiError(404, `Subscription ${id} was not found.`);
  return sub;
}

const PATCHABLE = new Set(['renewalStatus', 'attributes', 'products']);
const PRODUCT_PATCHABLE = new Set(['mpn', 'id', 'unitPrice', 'unitCost', 'unitProviderCost']);

// Only auto-renew, attributes and product prices change; quantity and status never do.
export function patchSubscription(s: SandboxState, ctx: Ctx) {
  const sub = findSubscription(s, ctx.params.id!);
  const body = ctx.body as Record<string, unknown> | undefined;
  if (!body || typeof body !== 'object' || Array.isArray(body)) throw new ApiError(400, 'The body must be a JSON object.');
  const products = body.products === undefined ? [] : body.products;
  if (!Array.isArray(products)) throw new ApiError(400, 'products must be an array.');
  const unknown = [
    ...Object.keys(body).filter((k) => !PATCHABLE.has(k)),
    ...products.flatMap((p) =>
      Object.keys(p ?? {})
        .filter((k) => !PRODUCT_PATCHABLE.has(k))
        .map((k) => `products[].${k}`),
    ),
  ];
  if (unknown.length > 0 && s.config.patchUnknownFields === 'refuse') {
    throw new ApiError(400, `These fields cannot be changed with PATCH: ${unknown.join(', ')}. Quantity and status change through orders.`);
  }
  if (body.renewalStatus !== undefined && typeof body.renewalStatus !== 'boolean') throw new ApiError(400, 'renewalStatus must be true or false.');
  if (sub.status === 'terminated' || sub.status === 'removed') throw new ApiError(500, `Subscription ${sub.id} is ${sub.status} and can no longer be changed.`);
  if (typeof body.renewalStatus === 'boolean') sub.renewalStatus = body.renewalStatus;
  if (body.attributes && typeof body.attributes === 'object') {
    for (const [k, v] of Object.entries(body.attributes as Record<string, unknown>)) sub.attributes[k] = String(v);
  }
  for (const p of products as { unitPrice?: { amount?: unknown }; unitCost?: { amount?: unknown } }[]) {
    const price = Number(p?.unitPrice?.amount);
    if (p?.unitPrice !== undefined && Number.isFinite(price)) sub.unitPrice = price;
    const cost = Number(p?.unitCost?.amount);
    if (p?.unitCost !== undefined && Number.isFinite(cost)) sub.unitCost = cost;
  }
  sub.modifiedAt = ctx.now;
  return subscriptionDetail(sub);
}
