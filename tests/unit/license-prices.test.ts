// A subscription's total: Ingram's, or the sum of its lines when the total is absent or zero; and the period it is for.
import { describe, expect, it } from 'vitest';
import { pricePeriodOf, subscriptionTotal } from '@/lib/licenses/load';

const line = (amount: string) => ({ quantity: 1, extendedPrice: { amount, currency: 'USD' } });

describe('subscriptionTotal', () => {
  it("keeps Ingram's total when it has one", () => {
    expect(subscriptionTotal({ totalPrice: { amount: '30.00', currency: 'USD' }, products: [line('12.50')] })).toBe('30.00');
  });

  it('sums the lines when the total is absent or zero', () => {
    expect(subscriptionTotal({ products: [line('12.50'), line('7.25')] })).toBe('19.75');
    expect(subscriptionTotal({ totalPrice: { amount: '0', currency: 'USD' }, products: [line('12.50'), line('7.25')] })).toBe('19.75');
  });

  it('keeps a zero total when the lines are zero too, and nothing when nothing is priced', () => {
    expect(subscriptionTotal({ totalPrice: { amount: '0.00', currency: 'USD' }, products: [line('0.00')] })).toBe('0.00');
    expect(subscriptionTotal({ products: [] })).toBeNull();
  });
});

describe('pricePeriodOf', () => {
  it('names the billing period: per month, per year, or per term', () => {
    expect([pricePeriodOf('P1M'), pricePeriodOf('P1Y'), pricePeriodOf('P3Y'), pricePeriodOf(undefined)]).toEqual(['month', 'year', 'term', 'term']);
  });
});
