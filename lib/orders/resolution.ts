import 'server-only';
// Settles orders whose fate is unclear (a timeout, a 5xx, a crash mid-send) and refreshes statuses.
import { eq, inArray } from 'drizzle-orm';
import { getDb } from '@/db/index';
import { orders, type OrderRow } from '@/db/schema';
import { env } from '@/lib/env';
import { getIngramClient, PO_SEARCH_MARGIN_MS, type IngramClient } from '@/lib/ingram';
import { ordersInFlight } from './in-flight';
import { applyIngramOrder, recordResult, toOrderDto } from './record';
import type { OrderDto } from './types';

/** How long after recording an order its absence at Ingram means it never arrived. */
export function giveUpAfterMs(): number {
  return Math.max(5 * 60_000, env().INGRAM_ORDER_TIMEOUT_MS + 60_000);
}

export type ResolutionSummary = { checked: number; placed: number; failed: number; stillUnknown: number };

/** Looks up every 'sending' or 'unknown' order by its poNumber and settles what it can. */
export async function resolveUnclearOrders(client: IngramClient = getIngramClient(), now = Date.now()): Promise<ResolutionSummary> {
  const rows = getDb()
    .select()
    .from(orders)
    .where(inArray(orders.state, ['sending', 'unknown']))
    .all();
  const summary: ResolutionSummary = { checked: 0, placed: 0, failed: 0, stillUnknown: 0 };
  for (const row of rows) {
    const age = now - row.createdAt.getTime();
    // A row this process is still sending is not unclear yet; any other 'sending' row was
    // left by a process that stopped mid-send (a crash) and is looked up now.
    if (ordersInFlight.has(row.id)) continue;
    summary.checked++;
    const outcome = await resolveOne(client, row, age);
    summary[outcome]++;
  }
  return summary;
}

async function resolveOne(client: IngramClient, row: OrderRow, age: number): Promise<'placed' | 'failed' | 'stillUnknown'> {
  let found;
  try {
    found = await client.findOrderByPoNumber(row.customerId, row.poNumber, new Date(row.createdAt.getTime() - PO_SEARCH_MARGIN_MS), {
      type: row.type,
      subscriptionId: row.subscriptionId ?? undefined,
    });
  } catch {
    // Ingram unreachable right now: try again on the next run.
    return 'stillUnknown';
  }
  if (found) {
    recordResult(row.id, { outcome: 'placed', order: found, recovered: true });
    return 'placed';
  }
  if (age < giveUpAfterMs()) {
    if (row.state !== 'unknown') getDb().update(orders).set({ state: 'unknown', updatedAt: new Date() }).where(eq(orders.id, row.id)).run();
    return 'stillUnknown';
  }
  getDb()
    .update(orders)
    .set({ state: 'failed', errorMessage: 'The order was not received by Ingram Micro: no order carries its PO number. It is safe to place it again.', updatedAt: new Date() })
    .where(eq(orders.id, row.id))
    .run();
  return 'failed';
}

/**
 * The one way to refresh an order: an unclear one is looked up by its poNumber, a placed one is
 * re-read from Ingram (GET /orders/{id}) and its status and new subscription stored.
 */
export async function refreshOrder(orderRowId: number, client: IngramClient = getIngramClient()): Promise<OrderDto | undefined> {
  const row = getDb().select().from(orders).where(eq(orders.id, orderRowId)).get();
  if (!row) return undefined;
  if (!row.ingramOrderId) {
    if (row.state === 'sending' || row.state === 'unknown') await resolveOne(client, row, Date.now() - row.createdAt.getTime());
    const after = getDb().select().from(orders).where(eq(orders.id, orderRowId)).get();
    return after && toOrderDto(after);
  }
  const updated = applyIngramOrder(row, await client.getOrder(row.ingramOrderId));
  return updated && toOrderDto(updated);
}
