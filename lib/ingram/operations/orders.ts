import 'server-only';
// Reading orders, pricing an order, finding an order by the poNumber the app gave it, and withdrawing one.
import { toOrderDetail, toOrderEstimate, toOrderRow } from '../mappers';
import { listAllPages } from '../paging';
import { resourcePath, type Transport } from '../transport';
import type { OrderDetail, OrderEstimate, OrderRequest, OrderRow } from '../types';
import { cancellationBody, changeBody, ESTIMATE_PO, salesBody, withdrawalBody, type CancellationInput, type ChangeOrderInput, type Estimated, type SalesOrderInput } from '../order-bodies';
import { wireOrderDetail, wireOrderEstimate, wireOrderRow } from '../wire/resources';

/** Without a customer: the reseller's orders of every customer (an incremental sync's recent orders). */
export type OrderFilter = { customerId?: string; subscriptionId?: string; status?: string; creationTimeFrom?: Date; type?: string };

export function orderOperations(t: Transport) {
  async function listOrders(filter: OrderFilter): Promise<OrderRow[]> {
    const rows = await listAllPages(t, {
      operation: 'list orders',
      path: '/orders',
      query: {
        customerId: filter.customerId,
        subscriptionId: filter.subscriptionId,
        status: filter.status,
        creationTimeFrom: filter.creationTimeFrom?.toISOString(),
      },
      item: wireOrderRow,
    });
    return rows.map(toOrderRow);
  }

  async function getOrder(id: string): Promise<OrderDetail> {
    const w = await t.call({ operation: 'read the order', method: 'GET', path: resourcePath('orders', id), schema: wireOrderDetail });
    return toOrderDetail(w);
  }

  async function estimateOrder(body: OrderRequest): Promise<OrderEstimate> {
    const w = await t.call({ operation: 'estimate the order', method: 'POST', path: '/orders/estimate', body, schema: wireOrderEstimate });
    return toOrderEstimate(w);
  }

  return {
    listOrders,
    getOrder,

    /**
     * Withdraws an order Ingram has not processed yet (a change scheduled for renewal). Sent once;
     * an order already processing or done is refused with Ingram's message. Answers the order.
     */
    async withdrawOrder(id: string): Promise<OrderDetail> {
      const w = await t.call({ operation: 'withdraw the order', method: 'PATCH', path: resourcePath('orders', id), body: withdrawalBody(), schema: wireOrderDetail, write: true });
      return toOrderDetail(w);
    },

    // Estimates price an order and create nothing, so they may be repeated like a read.
    estimateSalesOrder: (input: Estimated<SalesOrderInput>) => estimateOrder(salesBody({ ...input, poNumber: ESTIMATE_PO })),
    estimateChange: (input: Estimated<ChangeOrderInput>) => estimateOrder(changeBody({ ...input, poNumber: ESTIMATE_PO })),
    estimateCancellation: (input: Estimated<CancellationInput>) => estimateOrder(cancellationBody({ ...input, poNumber: ESTIMATE_PO })),

    /**
     * The customer's order carrying `poNumber`, created at or after `since`, if any.
     * Order rows carry no poNumber, so candidates' details are read newest first, a few at a time.
     */
    async findOrderByPoNumber(customerId: string, poNumber: string, since: Date, hint: { type?: string; subscriptionId?: string } = {}): Promise<OrderDetail | undefined> {
      const rows = await listOrders({ customerId, creationTimeFrom: since });
      const candidates = rows
        .filter((r) => !hint.type || !r.type || r.type === hint.type)
        .filter((r) => !hint.subscriptionId || !r.subscriptionId || r.subscriptionId === hint.subscriptionId)
        .sort((a, b) => (b.creationDate ?? '').localeCompare(a.creationDate ?? ''));
      const batch = Math.max(1, t.options.concurrency);
      for (let i = 0; i < candidates.length; i += batch) {
        const details = await Promise.all(candidates.slice(i, i + batch).map((r) => getOrder(r.id)));
        const match = details.find((d) => d.poNumber === poNumber);
        if (match) return match;
      }
      return undefined;
    },
  };
}
