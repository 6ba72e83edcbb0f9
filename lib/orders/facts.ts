import 'server-only';
// What the NCE window and the "order in progress" marker need from a customer's orders:
// the purchase times, the recent completed changes (signed, from their details) and the open orders.
import { mapWithConcurrency, type IngramClient, type OrderRow } from '@/lib/ingram';
import type { InProgressOrder } from '@/lib/licenses/types';
import { NCE_WINDOW_MS, type SeatChange } from '@/lib/licenses/window';
import type { OrderDto } from './types';

const OPEN = new Set(['submitted', 'processing']);

export type OrderFacts = {
  purchasedAt: Map<string, string>;
  changes: Map<string, SeatChange[]>;
  open: Map<string, OrderRow>;
};

const takesEffectAt = (o: OrderRow) => o.provisioningDate ?? o.creationDate ?? '';

/** Reads the signed quantity of each completed change order from the last 168 h: the only ones that move the window. */
export async function orderFacts(client: IngramClient, rows: OrderRow[], now: number, concurrency = 5): Promise<OrderFacts> {
  const purchasedAt = new Map<string, string>();
  const open = new Map<string, OrderRow>();
  for (const o of rows) {
    if (!o.subscriptionId) continue;
    if (o.type === 'sales' && o.creationDate && !purchasedAt.has(o.subscriptionId)) purchasedAt.set(o.subscriptionId, o.creationDate);
    if (OPEN.has(o.status ?? '') && o.type !== 'sales' && !open.has(o.subscriptionId)) open.set(o.subscriptionId, o);
  }
  const recent = rows.filter((o) => o.type === 'change' && o.status === 'completed' && o.subscriptionId && now - Date.parse(takesEffectAt(o)) <= NCE_WINDOW_MS);
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

/** The marker for a subscription: the app's own open order first (it can be polled), else Ingram's. */
export function inProgressFor(subscriptionId: string, local: OrderDto[], upstream: OrderRow | undefined): InProgressOrder | null {
  const mine = local.find((o) => o.subscriptionId === subscriptionId);
  if (mine) {
    return {
      localOrderId: mine.id,
      orderNumber: mine.ingramOrderNumber,
      type: mine.type,
      status: mine.ingramStatus ?? mine.state,
      scheduled: mine.scheduledOn === 'renewal',
      newQuantity: mine.type === 'change' ? mine.quantity : null,
    };
  }
  if (!upstream) return null;
  return { localOrderId: null, orderNumber: upstream.orderNumber ?? upstream.id, type: upstream.type ?? 'change', status: upstream.status ?? 'processing', scheduled: false, newQuantity: null };
}
