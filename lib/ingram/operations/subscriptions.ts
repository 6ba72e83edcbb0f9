import 'server-only';
// Subscriptions: rows from the list, quantities only from each subscription's detail.
import { toSubscriptionDetail, toSubscriptionRow } from '../mappers';
import { listAllPages } from '../paging';
import { mapWithConcurrency } from '../pool';
import { resourcePath, type Transport } from '../transport';
import type { SubscriptionDetail, SubscriptionRow } from '../types';
import type { AutoRenewPatch } from '../wire/requests';
import { wireSubscriptionDetail, wireSubscriptionRow } from '../wire/resources';

const ENDED = new Set(['terminated', 'removed']);

export function subscriptionOperations(t: Transport) {
  async function getSubscription(id: string): Promise<SubscriptionDetail> {
    const w = await t.call({ operation: 'read the subscription', method: 'GET', path: resourcePath('subscriptions', id), schema: wireSubscriptionDetail });
    return toSubscriptionDetail(w);
  }

  /** Subscription rows of a customer (all pages). Rows carry no products and no quantity. */
  async function listSubscriptions(filter: { customerId: string; status?: string }): Promise<SubscriptionRow[]> {
    const rows = await listAllPages(t, {
      operation: 'list subscriptions',
      path: '/subscriptions',
      query: { customerId: filter.customerId, status: filter.status },
      item: wireSubscriptionRow,
    });
    return rows.map(toSubscriptionRow);
  }

  /** The details of these rows, fetched concurrently (bounded by the client's concurrency), in their order. */
  const getSubscriptionDetails = (rows: readonly SubscriptionRow[]) => mapWithConcurrency(rows, t.options.concurrency, (row) => getSubscription(row.id));

  return {
    getSubscription,
    listSubscriptions,
    getSubscriptionDetails,

    /**
     * A customer's subscriptions with products and quantities: the rows, then every detail
     * fetched concurrently (bounded by the client's concurrency), in the rows' order.
     */
    async listCustomerSubscriptionsWithDetails(customerId: string, opts: { includeTerminated?: boolean } = {}): Promise<SubscriptionDetail[]> {
      const rows = await listSubscriptions({ customerId });
      const wanted = opts.includeTerminated ? rows : rows.filter((r) => !ENDED.has(r.status ?? ''));
      return getSubscriptionDetails(wanted);
    },

    /** Turns auto-renew on or off: the only subscription field the app PATCHes. Sent once. */
    async setAutoRenew(subscriptionId: string, on: boolean): Promise<SubscriptionDetail> {
      const body: AutoRenewPatch = { renewalStatus: on };
      const w = await t.call({
        operation: on ? 'turn auto-renew on' : 'turn auto-renew off',
        method: 'PATCH',
        path: resourcePath('subscriptions', subscriptionId),
        body,
        schema: wireSubscriptionDetail,
        write: true,
      });
      return toSubscriptionDetail(w);
    },
  };
}
