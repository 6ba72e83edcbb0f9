// What the browser sees of the catalog: one group per MPN, one variant per term and billing.
export type CatalogVariant = {
  key: string;
  termCode: string;
  billingCode: string;
  /** Price per seat per billing period, as Ingram lists it (decimal string). */
  pricePerBilling: string;
  perSeatMonth: number;
  perSeatTerm: number;
  currency: string;
};

export type CatalogGroup = {
  mpn: string;
  name: string;
  vendor: string;
  minimumQuantity: number;
  maximumQuantity: number;
  variants: CatalogVariant[];
};

export function formatMoney(amount: number | string, currency: string): string {
  const n = typeof amount === 'string' ? Number(amount) : amount;
  if (!Number.isFinite(n)) return `${amount} ${currency}`;
  try {
    return new Intl.NumberFormat('en-US', { style: 'currency', currency: currency || 'USD' }).format(n);
  } catch {
    return `${n.toFixed(2)} ${currency}`;
  }
}
