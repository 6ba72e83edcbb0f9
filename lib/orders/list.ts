import 'server-only';
// The tenant's orders: those placed through the app and those Ingram reports, merged, newest first.
import { getIngramClient, isIngramError, type IngramClient, type PublicIngramError } from '@/lib/ingram';
import { orderRef, ordersForTenant } from './queries';
import { looksScheduled } from './facts';
import { orderKind, orderKindLabel, seatsBeforeAfter } from './labels';
import { isFinal, normaliseStatus, type OrderStatus } from './status';
import { summariesFor } from './summaries';

export type OrderListRow = {
  ref: string;
  orderNumber: string | null;
  type: string;
  /** "Seat increase", "Decrease scheduled for renewal", ... */
  kindLabel: string;
  /** "10 → 8 seats", "+3 seats", "7 seats". */
  seats: string;
  status: OrderStatus;
  createdAt: string;
  product: string | null;
  quantity: number | null;
  poNumber: string | null;
  subscriptionId: string | null;
  placedBy: string | null;
  source: 'app' | 'ingram';
};

export async function listTenantOrders(
  tenantId: string,
  customerId: string,
  client: IngramClient = getIngramClient(),
  now = Date.now(),
): Promise<{ rows: OrderListRow[]; upstreamError?: PublicIngramError }> {
  const local = ordersForTenant(tenantId);
  const rows: OrderListRow[] = local.map((o) => ({
    ref: orderRef(o),
    orderNumber: o.ingramOrderNumber,
    type: o.type,
    kindLabel: orderKindLabel[orderKind({ ...o, scheduled: o.scheduledOn === 'renewal' })],
    seats: seatsBeforeAfter({ ...o, scheduled: o.scheduledOn === 'renewal' }),
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
    const summaries = await summariesFor(
      client,
      customerId,
      remote.filter((r) => !known.has(r.id)),
    );
    for (const r of remote) {
      const mine = known.has(r.id) ? rows.find((x) => x.ref === r.id) : undefined;
      // Ingram's status is fresher than the local copy for orders the app placed (a scheduled one stays scheduled).
      if (mine) {
        if (mine.status !== 'scheduled' || isFinal(normaliseStatus(r.status))) mine.status = normaliseStatus(r.status);
        mine.orderNumber ??= r.orderNumber ?? null;
        continue;
      }
      const summary = summaries.get(r.id);
      const type = r.type ?? 'unknown';
      const change = type === 'sales' ? null : (summary?.quantity ?? null);
      const scheduled = looksScheduled(r, change, now);
      const facts = { type, quantity: type === 'sales' ? (summary?.quantity ?? null) : null, change, scheduled };
      rows.push({
        ref: r.id,
        orderNumber: r.orderNumber ?? null,
        type,
        kindLabel: orderKindLabel[orderKind(facts)],
        seats: seatsBeforeAfter(facts),
        status: scheduled ? 'scheduled' : normaliseStatus(r.status),
        createdAt: r.creationDate ?? '',
        product: summary?.productName ?? summary?.mpn ?? null,
        quantity: summary?.quantity ?? null,
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
