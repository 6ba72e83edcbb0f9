import 'server-only';
// The product catalog: read in full once per connection, then searched in memory for 5 minutes.
import { toCatalogProduct } from '../mappers';
import { listAllPages } from '../paging';
import type { Transport } from '../transport';
import type { CatalogProduct } from '../types';
import { wireProduct } from '../wire/resources';

export const CATALOG_TTL_MS = 5 * 60_000;

export type CatalogSearch = { query?: string; mpn?: string; vendor?: string; refresh?: boolean };

type CachedCatalog = { at: number; products: Promise<CatalogProduct[]> };

// Per process, per connection: a page that searches as you type must not re-read the catalog.
const catalogs = new Map<string, CachedCatalog>();

export function forgetCatalogs(): void {
  catalogs.clear();
}

export function catalogOperations(t: Transport, connectionKey: string) {
  function fullCatalog(refresh: boolean): Promise<CatalogProduct[]> {
    const now = t.options.now();
    const cached = catalogs.get(connectionKey);
    if (!refresh && cached && now - cached.at < CATALOG_TTL_MS) return cached.products;
    const products = listAllPages(t, { operation: 'read the product catalog', path: '/products', item: wireProduct }).then((rows) => rows.map(toCatalogProduct));
    const entry = { at: now, products };
    catalogs.set(connectionKey, entry);
    // A failed read is not cached: the next search asks again.
    products.catch(() => catalogs.get(connectionKey) === entry && catalogs.delete(connectionKey));
    return products;
  }

  return {
    /** Products whose name, MPN or vendor contains `query`, optionally of one MPN (exact) or vendor. */
    async searchCatalog(search: CatalogSearch = {}): Promise<CatalogProduct[]> {
      const products = await fullCatalog(search.refresh ?? false);
      const q = search.query?.trim().toLowerCase();
      const vendor = search.vendor?.trim().toLowerCase();
      return products.filter(
        (p) =>
          (!q || p.name.toLowerCase().includes(q) || p.mpn.toLowerCase().includes(q) || (p.vendor ?? '').toLowerCase().includes(q)) &&
          (!search.mpn || p.mpn.toLowerCase() === search.mpn.trim().toLowerCase()) &&
          (!vendor || (p.vendor ?? '').toLowerCase().includes(vendor)),
      );
    },
  };
}
