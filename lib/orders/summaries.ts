import 'server-only';
// Orders placed outside the app (Ingram's portal, another tool): their rows name neither product nor
// seats, so each one's detail is read once and what it is for is remembered in the database.
import { inArray } from 'drizzle-orm';
import { getDb } from '@/db/index';
import { ingramOrderSummaries } from '@/db/schema';
import { mapWithConcurrency, type IngramClient, type OrderRow } from '@/lib/ingram';

export type OrderSummary = { productName: string | null; mpn: string | null; quantity: number | null };

/** At most this many details per page load: a long history fills in over a few visits. */
const MAX_READS = 40;

export async function summariesFor(client: IngramClient, customerId: string, rows: OrderRow[]): Promise<Map<string, OrderSummary>> {
  const ids = rows.map((r) => r.id);
  const known = new Map<string, OrderSummary>();
  if (ids.length === 0) return known;
  const stored = getDb().select().from(ingramOrderSummaries).where(inArray(ingramOrderSummaries.ingramOrderId, ids)).all();
  for (const s of stored) known.set(s.ingramOrderId, { productName: s.productName, mpn: s.mpn, quantity: s.quantity });
  const missing = rows.filter((r) => !known.has(r.id)).slice(0, MAX_READS);
  const details = await mapWithConcurrency(missing, 5, async (r) => {
    try {
      return await client.getOrder(r.id);
    } catch {
      return undefined; // shown without product this time; read again on the next visit
    }
  });
  const fresh = details.flatMap((d) => {
    if (!d) return [];
    const line = d.products.find((p) => !d.subscriptionId || p.subscriptionId === d.subscriptionId) ?? d.products[0];
    return [{ ingramOrderId: d.id, customerId, productName: line?.name ?? null, mpn: line?.mpn ?? null, quantity: typeof line?.quantity === 'number' ? line.quantity : null }];
  });
  if (fresh.length > 0) getDb().insert(ingramOrderSummaries).values(fresh).onConflictDoNothing().run();
  for (const f of fresh) known.set(f.ingramOrderId, { productName: f.productName, mpn: f.mpn, quantity: f.quantity });
  return known;
}
