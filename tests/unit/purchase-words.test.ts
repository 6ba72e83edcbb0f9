// Plurals, term phrases, the commitment over the whole term, and why a customer cannot order:
// the words the purchase wizard, the licenses dialogs and auto-map show.
import { describe, expect, it } from 'vitest';
import { countOf, perBilling, seatCount, termPhrase, variantLabel } from '@/lib/catalog/periods';
import { termCommitment } from '@/lib/purchase/commitment';
import { customerStatusWord, purchaseBlockReason } from '@/lib/purchase/customer-standing';

describe('plurals and term phrases', () => {
  it('say "1 seat" and "3 seats", "1-year term" and "3-year term"', () => {
    expect(seatCount(1)).toBe('1 seat');
    expect(seatCount(3)).toBe('3 seats');
    expect(seatCount(0)).toBe('0 seats');
    expect(countOf(1, 'product')).toBe('1 product');
    expect(countOf(39, 'product')).toBe('39 products');
    expect(termPhrase('P1Y')).toBe('1-year term');
    expect(termPhrase('P3Y')).toBe('3-year term');
    expect(termPhrase('P1M')).toBe('1-month term');
    expect(variantLabel('P1Y', 'P1M')).toBe('1-year term, billed monthly');
    expect(perBilling('P1M')).toBe('per month');
    expect(perBilling('P1Y')).toBe('per year');
    expect(perBilling('P3Y')).toBe('per 3 years');
  });
});

describe('termCommitment', () => {
  const variant = { termCode: 'P1Y', billingCode: 'P1M', pricePerBilling: '10.00', currency: 'EUR' };
  it('states every invoice of the term and their sum, with currency and period', () => {
    expect(termCommitment(variant, 1)).toMatchObject({ invoices: 12, perInvoice: 10, total: 120, text: '12 × €10.00 per month = €120.00 over the 1-year term' });
    expect(termCommitment({ ...variant, pricePerBilling: '22.00', currency: 'USD' }, 3)?.text).toBe('12 × $66.00 per month = $792.00 over the 1-year term');
    expect(termCommitment({ termCode: 'P3Y', billingCode: 'P1Y', pricePerBilling: '100', currency: 'USD' }, 2)?.text).toBe('3 × $200.00 per year = $600.00 over the 3-year term');
    expect(termCommitment({ termCode: 'P1M', billingCode: 'P1M', pricePerBilling: '26.40', currency: 'USD' }, 1)?.text).toBe('1 × $26.40 per month = $26.40 over the 1-month term');
  });
  it('knows nothing of a term in days or a price that is not a number', () => {
    expect(termCommitment({ ...variant, termCode: 'P30D' }, 1)).toBeUndefined();
    expect(termCommitment({ ...variant, pricePerBilling: 'n/a' }, 1)).toBeUndefined();
  });
});

describe('purchaseBlockReason', () => {
  it('lets active customers and unknown statuses through, and explains every status that cannot order', () => {
    expect(purchaseBlockReason('Contoso', 'active')).toBeNull();
    expect(purchaseBlockReason('Contoso', undefined)).toBeNull();
    expect(purchaseBlockReason('Blue Yonder', 'creditHold')).toMatch(/^Blue Yonder is on credit hold at Ingram Micro/);
    expect(purchaseBlockReason('T', 'adminHold')).toMatch(/administrative hold/);
    expect(purchaseBlockReason('S', 'cancelled')).toMatch(/is cancelled at Ingram Micro/);
    expect(purchaseBlockReason('A', 'pending')).toMatch(/still pending/);
    expect(purchaseBlockReason('E', 'error')).toMatch(/error state/);
    expect(purchaseBlockReason('N', 'suspendedSomehow')).toMatch(/“suspendedSomehow”.*only active customers can order/);
    expect(customerStatusWord('creditHold')).toBe('credit hold');
  });
});
