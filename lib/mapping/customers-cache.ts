import 'server-only';
// All Ingram customers (every page, fetched concurrently by the client), kept in this process
// for a few minutes per connection so the mapping page, its picker and auto-map share one load.
import { connectionFingerprint, getIngramClient, type Customer } from '@/lib/ingram';

export type CustomerDTO = Customer;
export type CustomerList = { customers: CustomerDTO[]; fetchedAt: number };

const CUSTOMERS_TTL_MS = 5 * 60_000;

type Entry = { key: string; promise: Promise<CustomerList>; settledAt?: number };
const store = globalThis as unknown as { __mappingCustomers?: Entry };

/** The customers of the saved connection: from the cache when fresh, else one shared load. */
export function getIngramCustomers(opts: { refresh?: boolean } = {}): Promise<CustomerList> {
  const client = getIngramClient(); // throws 'disabled'/'unconfigured' before any cache is used
  const key = connectionFingerprint() ?? '';
  const entry = store.__mappingCustomers;
  const fresh = entry && entry.key === key && (entry.settledAt === undefined || Date.now() - entry.settledAt < CUSTOMERS_TTL_MS);
  if (fresh && !opts.refresh) return entry.promise;
  const next: Entry = {
    key,
    // The client's rows are already fresh objects of exactly these four fields: no second copy of up to 100,000.
    promise: client.listCustomers().then((customers): CustomerList => ({ customers, fetchedAt: Date.now() })),
  };
  store.__mappingCustomers = next;
  next.promise.then(
    () => {
      next.settledAt = Date.now();
    },
    // A failed load is not cached: the next visit tries again.
    () => {
      if (store.__mappingCustomers === next) store.__mappingCustomers = undefined;
    },
  );
  return next.promise;
}

/** Test hook and settings change: forget the cached list. */
export function forgetIngramCustomers(): void {
  store.__mappingCustomers = undefined;
}
