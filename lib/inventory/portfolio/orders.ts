import 'server-only';
// All Tenants orders: those the app placed (orders table) and the open and scheduled ones the
// sync saw at Ingram (inventory_orders), merged, filtered and paged on the server.
import { and, desc, gte, inArray, isNull, type SQL } from 'drizzle-orm';
import { getDb } from '@/db';
import { inventoryOrders, orders, tenants } from '@/db/schema';
import { localStatus, normaliseStatus, isFinal, type OrderStatus } from '@/lib/orders/status';
import { inScope, type TenantScope } from '@/lib/auth/tenant-scope';
import type { OrderPageQuery } from '../filter';
import type { PortfolioOrder, PortfolioOrdersPage } from '../types';

const DAY_MS = 86_400_000;
type Filter = Partial<Omit<OrderPageQuery, 'page' | 'pageSize'>> & { scope?: TenantScope };

function keeps(status: OrderStatus, state: Filter['state']): boolean {
  if (state === 'open') return !isFinal(status);
  if (state === 'failed') return status === 'error';
  return true;
}

function tenantNames(): Map<string, { name: string; domain: string }> {
  return new Map(
    getDb()
      .select({ tenantId: tenants.tenantId, name: tenants.displayName, domain: tenants.defaultDomain })
      .from(tenants)
      .all()
      .map((t) => [t.tenantId, t]),
  );
}

/** Every order the filter keeps, newest first. */
export function listPortfolioOrdersAll(f: Filter, now = Date.now()): PortfolioOrder[] {
  const since = f.days !== undefined ? now - f.days * DAY_MS : undefined;
  // Only the viewer's tenants: others are left out of the rows and of the counts.
  const names = new Map([...tenantNames()].filter(([id]) => !f.scope || inScope(f.scope, id)));
  const tenantIds = f.tenant
    ? [...names].filter(([id, t]) => id === f.tenant || t.name.toLowerCase().includes(f.tenant!.toLowerCase()) || t.domain.includes(f.tenant!.toLowerCase())).map(([id]) => id)
    : f.scope && f.scope.mode !== 'all'
      ? [...names.keys()]
      : undefined;
  const localWhere: Array<SQL | undefined> = [since !== undefined ? gte(orders.createdAt, new Date(since)) : undefined, tenantIds ? inArray(orders.tenantId, tenantIds) : undefined];
  // Open orders may be old (a decrease scheduled months ago): the window applies to the failed ones.
  if (f.state === 'open') localWhere[0] = undefined;
  const local = getDb()
    .select()
    .from(orders)
    .where(and(...localWhere))
    .orderBy(desc(orders.createdAt))
    .all();
  const known = new Set(local.map((o) => o.ingramOrderId).filter(Boolean));
  const tenant = (id: string) => ({ tenantId: id, tenantName: names.get(id)?.name ?? id, tenantDomain: names.get(id)?.domain ?? null });
  const rows: PortfolioOrder[] = [];
  for (const o of local) {
    const status = localStatus(o.state, o.ingramStatus, o.scheduledOn);
    if (!keeps(status, f.state)) continue;
    rows.push({
      key: `app:${o.id}`,
      ref: o.ingramOrderId ?? `local-${o.id}`,
      ...tenant(o.tenantId),
      orderNumber: o.ingramOrderNumber,
      type: o.type,
      status,
      productName: o.productName ?? o.mpn,
      quantity: o.quantity,
      createdAt: o.createdAt.toISOString(),
      message: o.errorMessage,
      localOrderId: o.id,
    });
  }
  const remote = getDb()
    .select()
    .from(inventoryOrders)
    .where(and(isNull(inventoryOrders.goneAt), tenantIds ? inArray(inventoryOrders.tenantId, tenantIds) : undefined))
    .all();
  for (const o of remote) {
    if (known.has(o.id)) continue;
    const status: OrderStatus = o.scheduled && !isFinal(normaliseStatus(o.status)) ? 'scheduled' : normaliseStatus(o.status);
    if (!keeps(status, f.state)) continue;
    if (since !== undefined && f.state !== 'open' && (!o.creationDate || Date.parse(o.creationDate) < since)) continue;
    rows.push({
      key: `ingram:${o.id}`,
      ref: o.id,
      ...tenant(o.tenantId),
      orderNumber: o.orderNumber,
      type: o.type ?? 'unknown',
      status,
      productName: o.productName ?? o.mpn,
      quantity: o.newQuantity ?? o.quantityChange,
      createdAt: o.creationDate,
      message: o.message,
      localOrderId: null,
    });
  }
  return rows.sort((a, b) => (b.createdAt ?? '').localeCompare(a.createdAt ?? ''));
}

export function listPortfolioOrders(q: OrderPageQuery & { scope?: TenantScope }, now = Date.now()): PortfolioOrdersPage {
  const all = listPortfolioOrdersAll(q, now);
  return { rows: all.slice(q.page * q.pageSize, (q.page + 1) * q.pageSize), total: all.length };
}
