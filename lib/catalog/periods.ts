// Period codes (P1M, P1Y, P3Y) in a person's words, for the browser and the server alike.
// Converting to and from Ingram's periods is lib/ingram's job (periodCode).

/** Whole months in a period code, or undefined for days and unknown codes. */
export function monthsOf(code: string): number | undefined {
  const m = /^P(\d+)([MY])$/.exec(code);
  if (!m) return undefined;
  return Number(m[1]) * (m[2] === 'Y' ? 12 : 1);
}

/** The commitment, as a person says it: "1 month", "1 year", "3 years". */
export function termLabel(code: string): string {
  const m = /^P(\d+)([DMY])$/.exec(code);
  if (!m) return code;
  const n = Number(m[1]);
  const unit = { D: 'day', M: 'month', Y: 'year' }[m[2] as 'D' | 'M' | 'Y'];
  return `${n} ${unit}${n === 1 ? '' : 's'}`;
}

/** A count with its noun: "1 seat", "3 seats". */
export function countOf(n: number, singular: string, pluralForm = `${singular}s`): string {
  return `${n} ${n === 1 ? singular : pluralForm}`;
}

/** "1 seat", "3 seats". */
export const seatCount = (n: number) => countOf(n, 'seat');

/** The term as it qualifies a noun: "1-month term", "1-year term", "3-year term". */
export function termPhrase(code: string): string {
  const m = /^P(\d+)([DMY])$/.exec(code);
  if (!m) return `${code} term`;
  return `${Number(m[1])}-${{ D: 'day', M: 'month', Y: 'year' }[m[2] as 'D' | 'M' | 'Y']} term`;
}

/** The billing period as a rate: "per month", "per year", "per 3 years". */
export function perBilling(code: string): string {
  if (code === 'P1M') return 'per month';
  if (code === 'P1Y') return 'per year';
  return `per ${termLabel(code)}`;
}

/** How often it is invoiced: "monthly", "annually", "every 3 years". */
export function billingLabel(code: string): string {
  if (code === 'P1M') return 'monthly';
  if (code === 'P1Y') return 'annually';
  return `every ${termLabel(code)}`;
}

/** A period as Ingram's subscriptions carry it, worded for a person (no conversion to codes here). */
type PeriodLike = { type: string; duration: number };
const plural = (p: PeriodLike) => `${p.duration} ${p.type}${p.duration === 1 ? '' : 's'}`;

/** The term as the licenses page says it: "Monthly", "Annual", "Triennial", else "2 years". */
export function termWord(p: PeriodLike | undefined): string {
  if (!p) return 'Unknown term';
  if (p.type === 'month' && p.duration === 1) return 'Monthly';
  if (p.type === 'year' && p.duration === 1) return 'Annual';
  if (p.type === 'year' && p.duration === 3) return 'Triennial';
  return plural(p);
}

/** "billed monthly", "billed annually", "billed every 3 years". */
export function billingWord(p: PeriodLike | undefined): string {
  if (!p) return 'billing unknown';
  if (p.type === 'month' && p.duration === 1) return 'billed monthly';
  if (p.type === 'year' && p.duration === 1) return 'billed annually';
  return `billed every ${plural(p)}`;
}

/** "Annual, billed monthly". */
export const termAndBilling = (term: PeriodLike | undefined, billing: PeriodLike | undefined) => `${termWord(term)}, ${billingWord(billing)}`;

/** One key for a term and billing pair, as links and forms carry it: "P1Y:P1M". */
export const variantKey = (termCode: string, billingCode: string) => `${termCode}:${billingCode}`;

export function parseVariantKey(key: string | undefined): { termCode: string; billingCode: string } | undefined {
  const m = key ? /^(P\d+[DMY]):(P\d+[DMY])$/.exec(key) : null;
  return m ? { termCode: m[1]!, billingCode: m[2]! } : undefined;
}

/** A catalog variant in words: "1-year term, billed monthly". */
export const variantLabel = (termCode: string, billingCode: string) => `${termPhrase(termCode)}, billed ${billingLabel(billingCode)}`;

const UNIT_WORD = { D: 'day', M: 'month', Y: 'year' } as const;
/** A stored code (P1Y) as the period shape the words above take. */
const likeOfCode = (code: string | null | undefined): PeriodLike | undefined => {
  const m = /^P(\d+)([DMY])$/.exec(code ?? '');
  return m ? { type: UNIT_WORD[m[2] as 'D' | 'M' | 'Y'], duration: Number(m[1]) } : undefined;
};

/** "Annual, billed monthly" from stored codes ("P1Y", "P1M"). */
export const termAndBillingOfCodes = (term: string | null | undefined, billing: string | null | undefined) => termAndBilling(likeOfCode(term), likeOfCode(billing));
