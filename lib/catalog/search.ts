import 'server-only';
// The Microsoft catalog as the app shows it: searched by name, MPN or vendor, grouped by product.
import { getIngramClient, type IngramClient } from '@/lib/ingram';
import { groupCatalog } from './group';
import { variantKey } from './periods';
import type { CatalogGroup, CatalogVariant } from './types';

const MAX_GROUPS = 100;
const VENDOR = 'Microsoft';

/** Groups whose name, MPN or vendor contains `query` (all products when empty). Cached by the client. */
export async function searchMicrosoftCatalog(query: string, client: IngramClient = getIngramClient()): Promise<CatalogGroup[]> {
  const rows = await client.searchCatalog({ query: query.trim() || undefined, vendor: VENDOR });
  return groupCatalog(rows).slice(0, MAX_GROUPS);
}

export async function findCatalogGroup(mpn: string, client: IngramClient = getIngramClient()): Promise<CatalogGroup | undefined> {
  const rows = await client.searchCatalog({ mpn, vendor: VENDOR });
  return groupCatalog(rows)[0];
}

export async function findCatalogVariant(
  mpn: string,
  termCode: string,
  billingCode: string,
  client: IngramClient = getIngramClient(),
): Promise<{ group: CatalogGroup; variant: CatalogVariant } | undefined> {
  const group = await findCatalogGroup(mpn, client);
  const variant = group?.variants.find((v) => v.key === variantKey(termCode, billingCode));
  return group && variant ? { group, variant } : undefined;
}
