import 'server-only';
// One order as its page shows it, re-read from Ingram on every call so the page can follow it.
import { getIngramClient, isIngramError, type IngramClient, type OrderDetail, type PublicIngramError } from '@/lib/ingram';
import { orderRef, tenantOrderById, tenantOrderByIngramId } from './queries';
import { looksScheduled } from './facts';
import { orderKind, orderKindLabel, seatsBeforeAfter, type OrderKind } from './labels';
import { applyIngramOrder, createdSubscriptionOf, ingramReason } from './record';
import { giveUpAfterMs, refreshOrder } from './resolution';
import { isFinal, normaliseStatus, shouldFollow, type OrderStatus } from './status';
import type { OrderDto } from './types';

export type OrderLineDto = { description: string; mpn: string | null; quantity: number | null; unitPrice: string | null; extendedPrice: string | null; currency: string };

export type OrderView = {
  ref: string;
  source: 'app' | 'ingram';
  orderNumber: string | null;
  ingramOrderId: string | null;
  type: string;
  /** What the order does, and its label: "Seat increase", "Decrease scheduled for renewal", ... */
  kind: OrderKind;
  kindLabel: string;
  /** "10 → 8 seats", "+3 seats". */
  seats: string;
  status: OrderStatus;
  final: boolean;
  /** Whether the page keeps checking: not once ended, nor while it waits for the renewal date. */
  following: boolean;
  /** The renewal date a scheduled change waits for. */
  scheduledFor: string | null;
  /** When an unclear send (timeout, 5xx) was found at Ingram by its poNumber. */
  recoveredAt: string | null;
  poNumber: string | null;
  customerReference: string | null;
  createdAt: string | null;
  provisionedAt: string | null;
  productName: string | null;
  mpn: string | null;
  quantity: number | null;
  previousQuantity: number | null;
  lines: OrderLineDto[];
  total: { amount: string; currency: string } | null;
  /** The subscription the order created (sales) or changed. */
  subscriptionId: string | null;
  errorMessage: string | null;
  error: { status: number | null; correlationId: string | null } | null;
  placedBy: string | null;
  /** A change the app scheduled for the renewal date (Ingram's answers never say so). */
  scheduled: boolean;
  /** Ingram could not be asked this time; the page keeps trying. */
  refreshError?: PublicIngramError;
};

export type OrderLookup = { ok: true; view: OrderView } | { ok: false; notFound: true };

export async function getOrderView(tenantId: string, customerId: string, ref: string, client: IngramClient = getIngramClient()): Promise<OrderLookup> {
  const localId = /^local-(\d+)$/.exec(ref)?.[1];
  let local = localId ? tenantOrderById(tenantId, Number(localId)) : /^\d+$/.test(ref) ? tenantOrderByIngramId(tenantId, ref) : undefined;
  if (localId && !local) return { ok: false, notFound: true };
  if (!localId && !/^\d+$/.test(ref)) return { ok: false, notFound: true };
  let refreshError: PublicIngramError | undefined;
  try {
    // An unclear order is looked up by its poNumber; a young 'sending' one is still in flight here.
    if (local && !local.ingramOrderId && !(local.state === 'sending' && Date.now() - Date.parse(local.createdAt) < giveUpAfterMs())) {
      local = (await refreshOrder(local.id, client)) ?? local;
    }
    const ingramId = local?.ingramOrderId ?? (localId ? undefined : ref);
    let remote: OrderDetail | undefined;
    if (ingramId) {
      remote = await client.getOrder(ingramId);
      // The order must belong to this tenant's customer, whatever id the address carries.
      if (remote.customerId && remote.customerId !== customerId) return { ok: false, notFound: true };
      if (local) applyIngramOrder(local, remote);
    }
    const view = buildView(ref, local, remote);
    if (view.status === 'scheduled' && view.subscriptionId) view.scheduledFor = (await client.getSubscription(view.subscriptionId)).renewalDate ?? null;
    return { ok: true, view };
  } catch (e) {
    if (!isIngramError(e)) throw e;
    if (e.status === 404 && !local) return { ok: false, notFound: true };
    refreshError = e.toPublic();
    if (!local) throw e;
  }
  return { ok: true, view: { ...buildView(ref, local, undefined), refreshError } };
}

function buildView(ref: string, local: OrderDto | undefined, remote: OrderDetail | undefined, now = Date.now()): OrderView {
  const line = remote?.products.find((p) => !local?.subscriptionId || p.subscriptionId === local.subscriptionId) ?? remote?.products[0];
  const change = typeof line?.quantity === 'number' ? line.quantity : null;
  const type = remote?.type ?? local?.type ?? 'unknown';
  const reported: OrderStatus = remote ? normaliseStatus(remote.status) : (local?.status ?? 'unknown');
  // A change waiting for the renewal date: the app knows it placed it so; for others, status and date tell.
  const scheduled = !isFinal(reported) && (local ? local.scheduledOn === 'renewal' : !!remote && looksScheduled(remote, change, now));
  const status: OrderStatus = scheduled ? 'scheduled' : reported;
  const currency = remote?.total?.currency || local?.currency || 'USD';
  const facts = { type, quantity: local?.quantity ?? (type === 'sales' ? change : null), previousQuantity: local?.previousQuantity ?? null, change, scheduled };
  const kind = orderKind(facts);
  const failed = status === 'error';
  return {
    ref: local ? orderRef(local) : ref,
    source: local ? 'app' : 'ingram',
    orderNumber: remote?.orderNumber ?? local?.ingramOrderNumber ?? null,
    ingramOrderId: remote?.id ?? local?.ingramOrderId ?? null,
    type,
    kind,
    kindLabel: orderKindLabel[kind],
    seats: seatsBeforeAfter(facts),
    status,
    final: isFinal(status),
    following: shouldFollow(status),
    scheduledFor: null,
    recoveredAt: local?.recoveredAt ?? null,
    poNumber: remote?.poNumber ?? local?.poNumber ?? null,
    customerReference: local?.customerReference ?? null,
    createdAt: remote?.creationDate ?? local?.createdAt ?? null,
    provisionedAt: remote?.provisioningDate ?? null,
    productName: local?.productName ?? line?.name ?? null,
    mpn: local?.mpn ?? line?.mpn ?? null,
    quantity: local?.quantity ?? line?.quantity ?? null,
    previousQuantity: local?.previousQuantity ?? null,
    lines: (remote?.details ?? []).map((d) => ({
      description: d.description ?? d.mpn ?? 'Line',
      mpn: d.mpn ?? null,
      quantity: d.quantity ?? null,
      unitPrice: d.unitPrice?.amount ?? null,
      extendedPrice: d.extendedPrice?.amount ?? null,
      currency: d.extendedPrice?.currency || currency,
    })),
    total: orderTotal(remote, local, currency),
    // A failed sales order created nothing (the subscription it reserved was removed): no link to it.
    subscriptionId: failed && type === 'sales' ? null : ((remote && createdSubscriptionOf(remote)) ?? local?.createdSubscriptionId ?? local?.subscriptionId ?? null),
    errorMessage: failed && remote ? ingramReason(remote) : (local?.errorMessage ?? null),
    error: local && local.state !== 'placed' && (local.errorStatus || local.correlationId) ? { status: local.errorStatus, correlationId: local.correlationId } : null,
    placedBy: local?.createdBy ?? null,
    scheduled: local?.scheduledOn === 'renewal',
  };
}

/** Ingram's total, or the sum of the lines when the total is absent or zero while the lines are priced. */
function orderTotal(remote: OrderDetail | undefined, local: OrderDto | undefined, currency: string): OrderView['total'] {
  const priced = (remote?.details ?? []).map((d) => d.extendedPrice?.amount).filter((a): a is string => a !== undefined && a !== '');
  const sum = priced.reduce((n, a) => n + Number(a), 0);
  const total = remote?.total?.amount;
  if (total !== undefined && total !== '' && (Number(total) !== 0 || sum === 0)) return { amount: total, currency };
  if (priced.length > 0) return { amount: sum.toFixed(2), currency };
  return local?.total ? { amount: local.total, currency } : null;
}
