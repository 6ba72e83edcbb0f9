import 'server-only';
// The tenant's orders: those placed through the app and those Ingram reports, merged, newest first.
import { getIngramClient, isIngramError, type IngramClient, type PublicIngramError } from '@/lib/ingram';
import { orderRef, ordersForTenant } from './queries';
import { normaliseStatus, type OrderStatus } from './status';

export type OrderListRow = {
  ref: string;
  orderNumber: string | null;
  type: string;
  status: OrderStatus;
  createdAt: string;
  product: string | null;
  quantity: number | null;
  poNumber: string | null;
  subscriptionId: string | null;
  placedBy: string | null;
  source: 'app' | 'ingram';
};

export async function listTenantOrders(tenantId: string, customerId: string, client: IngramClient = getIngramClient()): Promise<{ rows: OrderListRow[]; upstreamError?: PublicIngramError }> {
  const local = ordersForTenant(tenantId);
  const rows: OrderListRow[] = local.map((o) => ({
    ref: orderRef(o),
    orderNumber: o.ingramOrderNumber,
    type: o.type,
    status: o.status,
    createdAt: o.createdAt,
    product: o.productName ?? o.mpn,
    quantity: o.quantity,
    poNumber: o.poNumber,
    subscriptionId: o.createdSubscriptionId ?? o.subscriptionId,
    placedBy: o.createdBy,
    source: 'app',
  }));
  const known = new Set(local.map((o) => o.ingramOrderId).filter(Boolean));
  let upstreamError: PublicIngramError | undefined;
  try {
    const remote = await client.listOrders({ customerId });
    for (const r of remote) {
      const mine = known.has(r.id) ? rows.find((x) => x.ref === r.id) : undefined;
      // Ingram's status is fresher than the local copy for orders the app placed.
      if (mine) {
        mine.status = normaliseStatus(r.status);
        mine.orderNumber ??= r.orderNumber ?? null;
        continue;
      }
      rows.push({
        ref: r.id,
        orderNumber: r.orderNumber ?? null,
        type: r.type ?? 'unknown',
        status: normaliseStatus(r.status),
        createdAt: r.creationDate ?? '',
        product: null,
        quantity: null,
        poNumber: null,
        subscriptionId: r.subscriptionId ?? null,
        placedBy: null,
        source: 'ingram',
      });
    }
  } catch (e) {
    if (!isIngramError(e)) throw e;
    upstreamError = e.toPublic();
  }
  rows.sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  return { rows, upstreamError };
}
