import 'server-only';
// Placing orders without duplicates: sent once, and an unclear answer is resolved by poNumber.
import { IngramError, isIngramError } from '../errors';
import { neverConnected } from '../http';
import { toOrderDetail } from '../mappers';
import type { Transport } from '../transport';
import type { OrderDetail, OrderRequest, PlaceOrderResult } from '../types';
import { cancellationBody, changeBody, salesBody, type CancellationInput, type ChangeOrderInput, type SalesOrderInput } from '../order-bodies';
import { wireOrderDetail } from '../wire/resources';

/** How far before the send the poNumber search starts: covers clock skew with Ingram. */
export const PO_SEARCH_MARGIN_MS = 10 * 60_000;

type FindOrder = (customerId: string, poNumber: string, since: Date, hint: { type?: string; subscriptionId?: string }) => Promise<OrderDetail | undefined>;

/** An answer that does not prove whether Ingram made the order. */
function isUnclear(e: IngramError): boolean {
  if (neverConnected(e)) return false;
  return e.kind === 'timeout' || e.kind === 'unreachable' || e.kind === 'malformed' || (e.kind === 'http' && (e.status ?? 0) >= 500);
}

/** A 5xx in the API's own JSON error shape is a refusal (business rule); a gateway's page is not. */
function isApiRefusal(e: IngramError): boolean {
  return e.kind === 'http' && e.bodyFormat === 'json' && e.upstreamMessage !== undefined && ![502, 503, 504].includes(e.status ?? 0);
}

export function placeOrderOperations(t: Transport, findOrder: FindOrder) {
  async function placeOrder(body: OrderRequest): Promise<PlaceOrderResult> {
    const sentAt = t.options.now();
    try {
      const w = await t.call({ operation: `place the ${body.type} order`, method: 'POST', path: '/orders', body, schema: wireOrderDetail, write: true, timeoutMs: t.options.orderTimeoutMs });
      return { outcome: 'placed', order: toOrderDetail(w) };
    } catch (e) {
      if (!isIngramError(e)) throw e;
      if (!isUnclear(e)) return { outcome: 'failed', error: e };
      const hint = { type: body.type, subscriptionId: 'subscriptionId' in body ? body.subscriptionId : undefined };
      try {
        const found = await findOrder(body.customerId, body.poNumber, new Date(sentAt - PO_SEARCH_MARGIN_MS), hint);
        if (found) return { outcome: 'placed', order: found, recovered: true };
      } catch {
        // The search failed too: nobody can say yet whether the order exists.
        return { outcome: 'unknown', error: e };
      }
      return isApiRefusal(e) ? { outcome: 'failed', error: e } : { outcome: 'unknown', error: e };
    }
  }

  return {
    placeSalesOrder: (input: SalesOrderInput): Promise<PlaceOrderResult> => placeOrder(salesBody(input)),
    placeChangeOrder: (input: ChangeOrderInput): Promise<PlaceOrderResult> => placeOrder(changeBody(input)),
    placeCancellation: (input: CancellationInput): Promise<PlaceOrderResult> => placeOrder(cancellationBody(input)),
  };
}
