// One formatter for money and one set of words for terms, as the catalog, wizard, orders and licenses pages show them.
import { describe, expect, it } from 'vitest';
import { billingWord, termAndBilling, termWord } from '@/lib/catalog/periods';
import { formatMoney } from '@/lib/money';

describe('formatMoney', () => {
  it('formats Ingram strings and computed numbers alike, and says "—" for no amount', () => {
    expect(formatMoney('70.5', 'USD')).toBe('$70.50');
    expect(formatMoney(1234.5, 'USD')).toBe('$1,234.50');
    expect(formatMoney(null, 'USD')).toBe('—');
    expect(formatMoney('', 'EUR')).toBe('—');
    expect(formatMoney('12', 'dollars')).toBe('12.00 dollars');
  });

  it('keeps each currency its own formatter, also past the cache bound', () => {
    expect(formatMoney(5, 'EUR')).toBe('€5.00');
    expect(formatMoney(5, 'USD')).toBe('$5.00');
    expect(formatMoney(5, 'dollars')).toBe('5.00 dollars');
    // Many unknown codes fill the bounded cache; known and unknown codes still format as before.
    for (let i = 0; i < 100; i++) expect(formatMoney(1, `X${i}Y`)).toBe(`1.00 X${i}Y`);
    expect(formatMoney(2, 'GBP')).toBe('£2.00');
    expect(formatMoney(2, 'EUR')).toBe('€2.00');
    expect(formatMoney(3, undefined)).toBe('$3.00');
  });
});

describe('term words', () => {
  it('name the usual NCE terms and billing, and spell out the rest', () => {
    expect(termAndBilling({ type: 'year', duration: 1 }, { type: 'month', duration: 1 })).toBe('Annual, billed monthly');
    expect(termAndBilling({ type: 'month', duration: 1 }, { type: 'month', duration: 1 })).toBe('Monthly, billed monthly');
    expect(termWord({ type: 'year', duration: 3 })).toBe('Triennial');
    expect(termWord({ type: 'year', duration: 2 })).toBe('2 years');
    expect(termWord({ type: 'week', duration: 2 })).toBe('2 weeks');
    expect(termWord(undefined)).toBe('Unknown term');
    expect(billingWord({ type: 'year', duration: 3 })).toBe('billed every 3 years');
    expect(billingWord(undefined)).toBe('billing unknown');
  });
});
