import 'server-only';
// What the NCE window and the "order in progress" marker need from a customer's orders:
// the purchase times, the recent completed changes (signed, from their details) and the open orders.
import { mapWithConcurrency, type IngramClient, type OrderRow } from '@/lib/ingram';
import type { InProgressOrder } from '@/lib/licenses/types';
import { NCE_WINDOW_MS, type SeatChange } from '@/lib/licenses/window';
import { orderKind } from './labels';
import type { OrderDto } from './types';

const OPEN = new Set(['submitted', 'processing']);

/**
 * An immediate change is processed within minutes; a decrease still unfinished after this long waits
 * for the renewal date. Ingram never echoes `scheduledOn`: status and date are all an order shows.
 */
export const SCHEDULED_AFTER_MS = 3_600_000;

/** Whether an order Ingram reports (placed here or in Ingram's portal) is a decrease waiting for the renewal date. */
export function looksScheduled(o: Pick<OrderRow, 'type' | 'status' | 'creationDate'>, change: number | null | undefined, now: number): boolean {
  if (o.type !== 'change' || !OPEN.has(o.status ?? '') || change === null || change === undefined || change >= 0) return false;
  return now - Date.parse(o.creationDate ?? '') > SCHEDULED_AFTER_MS;
}

/** An unfinished order of a subscription, with the signed change its detail shows. */
export type OpenOrder = { row: OrderRow; change: number | null; scheduled: boolean };

export type OrderFacts = {
  purchasedAt: Map<string, string>;
  changes: Map<string, SeatChange[]>;
  open: Map<string, OpenOrder>;
};

const takesEffectAt = (o: OrderRow) => o.provisioningDate ?? o.creationDate ?? '';

/**
 * Reads the signed quantity of each completed change order inside the window (168 h, or the longest
 * product window an admin set): the only ones that move the window.
 */
export async function orderFacts(client: IngramClient, rows: OrderRow[], now: number, concurrency = 5, lookBackMs = NCE_WINDOW_MS): Promise<OrderFacts> {
  const purchasedAt = new Map<string, string>();
  const openRows = new Map<string, OrderRow>();
  for (const o of rows) {
    if (!o.subscriptionId) continue;
    if (o.type === 'sales' && o.creationDate && !purchasedAt.has(o.subscriptionId)) purchasedAt.set(o.subscriptionId, o.creationDate);
    // A sales order still processing marks the subscription it creates, too.
    if (OPEN.has(o.status ?? '') && !openRows.has(o.subscriptionId)) openRows.set(o.subscriptionId, o);
  }
  const open = await openOrders(client, [...openRows.values()], now, concurrency);
  const recent = rows.filter((o) => o.type === 'change' && o.status === 'completed' && o.subscriptionId && now - Date.parse(takesEffectAt(o)) <= lookBackMs);
  const details = await mapWithConcurrency(recent, concurrency, (o) => client.getOrder(o.id));
  const changes = new Map<string, SeatChange[]>();
  recent.forEach((o, i) => {
    const line = details[i]!.products.find((p) => p.subscriptionId === o.subscriptionId) ?? details[i]!.products[0];
    if (typeof line?.quantity !== 'number') return;
    const list = changes.get(o.subscriptionId!) ?? [];
    list.push({ quantity: line.quantity, at: takesEffectAt(o) });
    changes.set(o.subscriptionId!, list);
  });
  return { purchasedAt, changes, open };
}

/** Reads the detail of each unfinished change order: its signed change tells a scheduled decrease from a running one. */
async function openOrders(client: IngramClient, rows: OrderRow[], now: number, concurrency: number): Promise<Map<string, OpenOrder>> {
  const changes = rows.filter((o) => o.type === 'change');
  const details = await mapWithConcurrency(changes, concurrency, (o) => client.getOrder(o.id));
  const open = new Map<string, OpenOrder>();
  for (const o of rows) {
    const i = changes.indexOf(o);
    const line = i < 0 ? undefined : (details[i]!.products.find((p) => p.subscriptionId === o.subscriptionId) ?? details[i]!.products[0]);
    const change = typeof line?.quantity === 'number' ? line.quantity : null;
    open.set(o.subscriptionId!, { row: o, change, scheduled: looksScheduled(o, change, now) });
  }
  return open;
}

/** The marker for a subscription: the app's own open order first (it can be polled), else Ingram's. */
export function inProgressFor(subscriptionId: string, local: OrderDto[], upstream: OpenOrder | undefined, sub: { quantity: number | null; renewalDate: string | null }): InProgressOrder | null {
  const mine = local.find((o) => (o.subscriptionId ?? o.createdSubscriptionId) === subscriptionId);
  if (mine) {
    const scheduled = mine.scheduledOn === 'renewal';
    return {
      localOrderId: mine.id,
      orderId: mine.ingramOrderId,
      orderNumber: mine.ingramOrderNumber,
      type: mine.type,
      kind: orderKind({ ...mine, scheduled }),
      status: mine.ingramStatus ?? mine.state,
      scheduled,
      effectiveOn: scheduled ? sub.renewalDate : null,
      newQuantity: mine.type === 'change' ? mine.quantity : null,
    };
  }
  if (!upstream) return null;
  const { row, change, scheduled } = upstream;
  const type = row.type ?? 'change';
  return {
    localOrderId: null,
    orderId: row.id,
    orderNumber: row.orderNumber ?? row.id,
    type,
    kind: orderKind({ type, change, scheduled }),
    status: row.status ?? 'processing',
    scheduled,
    effectiveOn: scheduled ? sub.renewalDate : null,
    newQuantity: change !== null && sub.quantity !== null && type === 'change' ? sub.quantity + change : null,
  };
}
