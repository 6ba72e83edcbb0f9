// Searches the Microsoft catalog by name or MPN, grouped by product (the client caches the catalog).
import { ok } from '@/lib/actions/result';
import { defineRoute } from '@/lib/actions/route';
import { searchMicrosoftCatalog } from '@/lib/catalog/search';
import { catalogQuerySchema } from '@/lib/validations/purchase';

export const dynamic = 'force-dynamic';

export const GET = defineRoute({
  route: '/api/catalog',
  permission: 'catalog.view',
  search: catalogQuerySchema.partial(),
  async run({ search }) {
    return ok(await searchMicrosoftCatalog(search.query ?? ''));
  },
});
