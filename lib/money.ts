// Money as people read it ("$70.50"), for the browser and the server alike: one formatter for every page.

// Building an Intl.NumberFormat costs far more than using one (on a 40-row CSP Licenses page it was 7% of
// the server's work): one per currency, kept. Codes come from upstream, so the cache is bounded.
const formatters = new Map<string, Intl.NumberFormat | null>();
const MAX_CACHED = 64;

function formatterFor(currency: string): Intl.NumberFormat | null {
  const cached = formatters.get(currency);
  if (cached !== undefined) return cached;
  let made: Intl.NumberFormat | null;
  try {
    made = new Intl.NumberFormat('en-US', { style: 'currency', currency });
  } catch {
    made = null; // an unknown currency code
  }
  if (formatters.size < MAX_CACHED) formatters.set(currency, made);
  return made;
}

/** A decimal amount (Ingram sends strings, the catalog computes numbers) in its currency; "—" when there is none. */
export function formatMoney(amount: number | string | null | undefined, currency: string | null | undefined): string {
  if (amount === null || amount === undefined || amount === '') return '—';
  const n = typeof amount === 'string' ? Number(amount) : amount;
  if (!Number.isFinite(n)) return `${amount} ${currency ?? ''}`.trim();
  const formatter = formatterFor(currency || 'USD');
  // An unknown currency code: the amount with the code beside it.
  return formatter ? formatter.format(n) : `${n.toFixed(2)} ${currency ?? ''}`.trim();
}
