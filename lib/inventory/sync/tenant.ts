import 'server-only';
// One tenant's sync: list its subscriptions, read the details that are needed (all of them in a
// full run; in an incremental run only new or changed rows, rows Ingram modified since the last
// run's day and rows an order created since then names), then write the inventory.
import { type IngramClient, type OrderRow, type SubscriptionRow } from '@/lib/ingram';
import { orderFacts } from '@/lib/orders/facts';
import { longestWindowMs, readWindowLengths } from '@/lib/licenses/window-lengths';
import { dayOf, storedRowStates, writeTenantInventory, type TenantWriteCounts } from '../store';
import { rowHashOf } from '../stored-row';

export type SyncMode = { kind: 'full' } | { kind: 'incremental'; since: number };

export type TenantSyncResult = TenantWriteCounts & { detailCalls: number };

const ENDED = new Set(['terminated', 'removed']);

/** The list rows whose detail an incremental run reads. */
export function rowsNeedingDetail(rows: SubscriptionRow[], stored: ReturnType<typeof storedRowStates>, sinceDay: string, named: Set<string>): SubscriptionRow[] {
  return rows.filter((r) => {
    const known = stored.get(r.id);
    if (ENDED.has(r.status ?? '')) return false;
    if (!known || known.detailFetchedAt === null) return true;
    if (known.rowHash !== rowHashOf(r)) return true;
    if (r.lastModifiedDate && r.lastModifiedDate.slice(0, 10) >= sinceDay) return true;
    return named.has(r.id);
  });
}

export type TenantSyncOptions = {
  concurrency: number;
  now?: number;
  /** An incremental run's orders created since the last sweep, read once for every tenant; unset: this tenant asks. */
  recentOrders?: OrderRow[];
};

export async function syncTenant(client: IngramClient, target: { tenantId: string; customerId: string }, mode: SyncMode, opts: TenantSyncOptions): Promise<TenantSyncResult> {
  const now = opts.now ?? Date.now();
  const { customerId } = target;
  // A full run needs all the customer's orders anyway: asked beside the list, not after it.
  const firstOrders: Promise<OrderRow[]> =
    mode.kind === 'incremental'
      ? opts.recentOrders
        ? Promise.resolve(opts.recentOrders)
        : client.listOrders({ customerId, creationTimeFrom: new Date(mode.since) })
      : client.listOrders({ customerId });
  const [rows, recent] = await Promise.all([client.listSubscriptions({ customerId }), firstOrders]);
  const live = rows.filter((r) => !ENDED.has(r.status ?? ''));
  const wanted =
    mode.kind === 'full' ? live : rowsNeedingDetail(rows, storedRowStates(target.tenantId), dayOf(mode.since), new Set(recent.flatMap((o) => (o.subscriptionId ? [o.subscriptionId] : []))));
  // The customer's orders decide the seat lots of every detail read; an unchanged tenant needs none.
  const orders = mode.kind === 'full' ? recent : wanted.length > 0 ? await client.listOrders({ customerId }) : undefined;
  const facts = orders ? await orderFacts(client, orders, now, opts.concurrency, longestWindowMs(readWindowLengths())) : undefined;
  const details = await client.getSubscriptionDetails(wanted);
  const counts = writeTenantInventory({ ...target, rows, details, orders, facts, now });
  return { ...counts, detailCalls: details.length };
}
