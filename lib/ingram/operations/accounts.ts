import 'server-only';
// Resellers and customers.
import { toCustomer, toCustomerDetail } from '../mappers';
import { listAllPages } from '../paging';
import { resourcePath, type Transport } from '../transport';
import type { Customer, CustomerDetail, Reseller } from '../types';
import { wireCustomerDetail, wireCustomerListItem, wireReseller } from '../wire/resources';

export function accountOperations(t: Transport) {
  return {
    async listResellers(): Promise<Reseller[]> {
      const rows = await listAllPages(t, { operation: 'list reseller accounts', path: '/resellers', item: wireReseller });
      return rows.map((r) => ({ id: r.id, name: r.name ?? `Reseller ${r.id}`, status: r.status }));
    },

    /** Every customer (all pages); `name` is passed to Ingram's own filter. */
    async listCustomers(filter: { name?: string } = {}): Promise<Customer[]> {
      const rows = await listAllPages(t, { operation: 'list customers', path: '/customers', query: { name: filter.name }, item: wireCustomerListItem });
      return rows.map(toCustomer);
    },

    async getCustomer(id: string): Promise<CustomerDetail> {
      const w = await t.call({ operation: 'read the customer', method: 'GET', path: resourcePath('customers', id), schema: wireCustomerDetail });
      return toCustomerDetail(w);
    },
  };
}
