// What a purchase commits the customer to over the whole term, for the review to state plainly:
// "12 × $66.00 per month = $792.00 over the 1-year term". Safe for the browser.
import { monthsOf, perBilling, termPhrase } from '@/lib/catalog/periods';
import type { CatalogVariant } from '@/lib/catalog/types';
import { formatMoney } from '@/lib/money';

export type Commitment = { invoices: number; perInvoice: number; total: number; currency: string; text: string };

const round2 = (n: number) => Math.round(n * 100) / 100;

/** `seats` at the variant's price, invoiced every billing period until the term ends; undefined when a period is not in months. */
export function termCommitment(variant: Pick<CatalogVariant, 'termCode' | 'billingCode' | 'pricePerBilling' | 'currency'>, seats: number): Commitment | undefined {
  const term = monthsOf(variant.termCode);
  const billing = monthsOf(variant.billingCode);
  const price = Number(variant.pricePerBilling);
  if (!term || !billing || !Number.isFinite(price) || !Number.isFinite(seats)) return undefined;
  const invoices = Math.max(1, Math.round(term / billing));
  const perInvoice = round2(price * seats);
  const total = round2(perInvoice * invoices);
  const money = (n: number) => formatMoney(n, variant.currency);
  const text = `${invoices} × ${money(perInvoice)} ${perBilling(variant.billingCode)} = ${money(total)} over the ${termPhrase(variant.termCode)}`;
  return { invoices, perInvoice, total, currency: variant.currency, text };
}
