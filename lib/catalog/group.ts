// Groups catalog rows by MPN: Ingram lists one SKU once per term and billing variant.
import { periodCode, type Period } from '@/lib/ingram';
import { monthsOf, variantKey } from './periods';
import type { CatalogGroup, CatalogVariant } from './types';

type Money = { amount: string; currency: string; type?: string };
type CatalogRow = {
  mpn: string;
  name: string;
  vendor?: string;
  minimumQuantity?: number;
  maximumQuantity?: number;
  prices: Money[];
  billingPeriod?: Period;
  subscriptionPeriod?: Period;
};

const round2 = (n: number) => Math.round(n * 100) / 100;

/** A row's variant, or undefined when it cannot be ordered (no term, billing or price). */
export function toVariant(row: CatalogRow): CatalogVariant | undefined {
  const termCode = periodCode(row.subscriptionPeriod);
  const billingCode = periodCode(row.billingPeriod);
  const price = row.prices.find((p) => !p.type || p.type === 'recurring') ?? row.prices[0];
  if (!termCode || !billingCode || !price) return undefined;
  const amount = Number(price.amount);
  const billingMonths = monthsOf(billingCode);
  const termMonths = monthsOf(termCode);
  if (!Number.isFinite(amount) || !billingMonths || !termMonths) return undefined;
  const perSeatMonth = amount / billingMonths;
  return {
    key: variantKey(termCode, billingCode),
    termCode,
    billingCode,
    pricePerBilling: price.amount,
    perSeatMonth: round2(perSeatMonth),
    perSeatTerm: round2(perSeatMonth * termMonths),
    currency: price.currency,
  };
}

const byTermThenBilling = (a: CatalogVariant, b: CatalogVariant) => (monthsOf(a.termCode) ?? 0) - (monthsOf(b.termCode) ?? 0) || (monthsOf(a.billingCode) ?? 0) - (monthsOf(b.billingCode) ?? 0);

export function groupCatalog(rows: CatalogRow[]): CatalogGroup[] {
  const groups = new Map<string, CatalogGroup>();
  for (const row of rows) {
    const variant = toVariant(row);
    if (!variant) continue;
    const key = row.mpn.toUpperCase();
    let group = groups.get(key);
    if (!group) {
      group = { mpn: row.mpn, name: row.name, vendor: row.vendor ?? '', minimumQuantity: row.minimumQuantity ?? 1, maximumQuantity: row.maximumQuantity ?? 10_000, variants: [] };
      groups.set(key, group);
    }
    // Limits may differ per variant: the group offers only what every variant accepts.
    group.minimumQuantity = Math.max(group.minimumQuantity, row.minimumQuantity ?? 1);
    group.maximumQuantity = Math.min(group.maximumQuantity, row.maximumQuantity ?? 10_000);
    if (!group.variants.some((v) => v.key === variant.key)) group.variants.push(variant);
  }
  const out = [...groups.values()];
  for (const g of out) g.variants.sort(byTermThenBilling);
  return out.sort((a, b) => a.name.localeCompare(b.name));
}
