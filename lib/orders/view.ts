import 'server-only';
// One order as its page shows it, re-read from Ingram on every call so the page can follow it.
import { getIngramClient, isIngramError, type IngramClient, type OrderDetail, type PublicIngramError } from '@/lib/ingram';
import { orderRef, tenantOrderById, tenantOrderByIngramId } from './queries';
import { applyIngramOrder, createdSubscriptionOf } from './record';
import { giveUpAfterMs, refreshOrder } from './resolution';
import { isFinal, normaliseStatus, type OrderStatus } from './status';
import type { OrderDto } from './types';

export type OrderLineDto = { description: string; mpn: string | null; quantity: number | null; unitPrice: string | null; extendedPrice: string | null; currency: string };

export type OrderView = {
  ref: string;
  source: 'app' | 'ingram';
  orderNumber: string | null;
  ingramOrderId: string | null;
  type: string;
  status: OrderStatus;
  final: boolean;
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
    return { ok: true, view: buildView(ref, local, remote) };
  } catch (e) {
    if (!isIngramError(e)) throw e;
    if (e.status === 404 && !local) return { ok: false, notFound: true };
    refreshError = e.toPublic();
    if (!local) throw e;
  }
  return { ok: true, view: { ...buildView(ref, local, undefined), refreshError } };
}

function buildView(ref: string, local: OrderDto | undefined, remote: OrderDetail | undefined): OrderView {
  const status: OrderStatus = remote ? normaliseStatus(remote.status) : (local?.status ?? 'unknown');
  const currency = remote?.total?.currency || local?.currency || 'USD';
  const line = remote?.products[0];
  return {
    ref: local ? orderRef(local) : ref,
    source: local ? 'app' : 'ingram',
    orderNumber: remote?.orderNumber ?? local?.ingramOrderNumber ?? null,
    ingramOrderId: remote?.id ?? local?.ingramOrderId ?? null,
    type: remote?.type ?? local?.type ?? 'unknown',
    status,
    final: isFinal(status),
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
    total: remote?.total ? { amount: remote.total.amount, currency } : local?.total ? { amount: local.total, currency } : null,
    subscriptionId: (remote && createdSubscriptionOf(remote)) ?? local?.createdSubscriptionId ?? local?.subscriptionId ?? null,
    errorMessage: local?.errorMessage ?? (status === 'error' ? 'Ingram Micro reports that this order failed. Open it in the Ingram Micro reseller portal for the reason.' : null),
    error: local && local.state !== 'placed' && (local.errorStatus || local.correlationId) ? { status: local.errorStatus, correlationId: local.correlationId } : null,
    placedBy: local?.createdBy ?? null,
    scheduled: local?.scheduledOn === 'renewal',
  };
}
