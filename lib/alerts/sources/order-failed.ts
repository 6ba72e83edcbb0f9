import 'server-only';
// An order the app placed that failed (the local orders table), within the last N days.
import { and, eq, gte } from 'drizzle-orm';
import { getDb } from '@/db';
import { orders, tenants } from '@/db/schema';
import type { AlertSource } from '../types';

const DAY_MS = 24 * 60 * 60_000;

export const orderFailedSource: AlertSource = {
  kind: 'order.failed',
  collect({ days }, now) {
    const since = new Date(now.getTime() - days * DAY_MS);
    const rows = getDb()
      .select({ order: orders, tenantName: tenants.displayName })
      .from(orders)
      .leftJoin(tenants, eq(tenants.tenantId, orders.tenantId))
      .where(and(eq(orders.state, 'failed'), gte(orders.createdAt, since)))
      .all();
    return rows.map(({ order: o, tenantName }) => ({
      key: `order:${o.id}`,
      tenantId: o.tenantId,
      tenantName,
      product: o.productName ?? o.mpn,
      mpn: o.mpn,
      occurredAt: o.updatedAt ?? o.createdAt,
      subject: `Order ${o.poNumber} failed${tenantName ? ` for ${tenantName}` : ''}`,
      details: {
        'PO number': o.poNumber,
        'Order type': o.type,
        Quantity: o.quantity,
        Error: o.errorMessage,
        'HTTP status': o.errorStatus,
        'Correlation id': o.correlationId,
      },
    }));
  },
};
