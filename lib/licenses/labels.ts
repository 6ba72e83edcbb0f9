// Words for periods: "Annual, billed monthly". Safe for the browser.
type Period = { type: string; duration: number } | undefined;

export function termWord(p: Period): string {
  if (!p) return 'Unknown term';
  if (p.type === 'month' && p.duration === 1) return 'Monthly';
  if (p.type === 'year' && p.duration === 1) return 'Annual';
  if (p.type === 'year' && p.duration === 3) return 'Triennial';
  return `${p.duration} ${p.type}${p.duration === 1 ? '' : 's'}`;
}

export function billingWord(p: Period): string {
  if (!p) return 'billing unknown';
  if (p.type === 'month' && p.duration === 1) return 'billed monthly';
  if (p.type === 'year' && p.duration === 1) return 'billed annually';
  return `billed every ${p.duration} ${p.type}${p.duration === 1 ? '' : 's'}`;
}

export const termAndBilling = (term: Period, billing: Period) => `${termWord(term)}, ${billingWord(billing)}`;

export function formatMoney(amount: string | null | undefined, currency: string | null | undefined): string {
  if (amount === null || amount === undefined || amount === '') return '—';
  const n = Number(amount);
  if (!Number.isFinite(n)) return amount;
  try {
    return new Intl.NumberFormat('en-US', { style: 'currency', currency: currency || 'USD' }).format(n);
  } catch {
    return `${n.toFixed(2)} ${currency ?? ''}`.trim();
  }
}
