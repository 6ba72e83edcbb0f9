// Money as people read it ("$70.50"), for the browser and the server alike: one formatter for every page.

/** A decimal amount (Ingram sends strings, the catalog computes numbers) in its currency; "—" when there is none. */
export function formatMoney(amount: number | string | null | undefined, currency: string | null | undefined): string {
  if (amount === null || amount === undefined || amount === '') return '—';
  const n = typeof amount === 'string' ? Number(amount) : amount;
  if (!Number.isFinite(n)) return `${amount} ${currency ?? ''}`.trim();
  try {
    return new Intl.NumberFormat('en-US', { style: 'currency', currency: currency || 'USD' }).format(n);
  } catch {
    // An unknown currency code: the amount with the code beside it.
    return `${n.toFixed(2)} ${currency ?? ''}`.trim();
  }
}
