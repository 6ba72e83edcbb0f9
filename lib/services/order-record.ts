import 'server-only';
import { eq } from 'drizzle-orm';
import { getDb } from '@/db/index';
import { orders, type OrderRow } from '@/db/schema';
import type { PlaceOrderResult } from '@/lib/ingram';

/** Writes Ingram's answer onto the row. Synchronous: no await near the database write. */
export function recordResult(rowId: number, result: PlaceOrderResult): OrderRow {
  const db = getDb();
  const now = new Date();
  const patch =
    result.outcome === 'placed'
      ? {
          state: 'placed' as const,
          ingramOrderId: result.order.id,
          ingramOrderNumber: result.order.orderNumber ?? null,
          ingramStatus: result.order.status ?? null,
          total: result.order.total?.amount ?? null,
          currency: result.order.total?.currency || null,
          errorMessage: null,
          errorStatus: null,
          correlationId: null,
        }
      : {
          state: result.outcome,
          errorMessage: result.error.message,
          errorStatus: result.error.status ?? null,
          correlationId: result.error.correlationId ?? null,
        };
  return db.update(orders).set({ ...patch, updatedAt: now }).where(eq(orders.id, rowId)).returning().get()!;
}
