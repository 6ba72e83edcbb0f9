// The catalog as the wizard shows it: one group per MPN, prices per seat per month and per term.
import { describe, expect, it } from 'vitest';
import { groupCatalog, toVariant } from '@/lib/catalog/group';
import { billingLabel, monthsOf, parseVariantKey, termLabel } from '@/lib/catalog/periods';
import { periodCode as periodCodeOf } from '@/lib/ingram';
import { localStatus, normaliseStatus } from '@/lib/orders/status';
import { purchaseSchema } from '@/lib/validations/purchase';

const month = { type: 'month', duration: 1 };
const year = { type: 'year', duration: 1 };
const row = (term: typeof month, billing: typeof month, amount: string, extra: object = {}) => ({
  mpn: 'CFQ7TTC0LCHC:0002',
  name: 'Microsoft 365 Business Premium',
  vendor: 'Microsoft',
  minimumQuantity: 1,
  maximumQuantity: 300,
  prices: [{ amount, currency: 'USD', type: 'recurring' }],
  subscriptionPeriod: term,
  billingPeriod: billing,
  ...extra,
});

describe('catalog grouping', () => {
  it('groups the variants of one MPN and prices each per seat per month and per term', () => {
    const groups = groupCatalog([
      row(year, year, '264.00'),
      row(month, month, '26.40'),
      row(year, month, '22.00'),
      row({ type: 'year', duration: 3 }, year, '264.00'),
      { ...row(year, month, '6.00'), mpn: 'CFQ7TTC0LH18:0001', name: 'Microsoft 365 Business Basic' },
    ]);
    expect(groups.map((g) => g.name)).toEqual(['Microsoft 365 Business Basic', 'Microsoft 365 Business Premium']);
    const premium = groups[1]!;
    expect(premium.variants.map((v) => v.key)).toEqual(['P1M:P1M', 'P1Y:P1M', 'P1Y:P1Y', 'P3Y:P1Y']);
    expect(premium.variants.map((v) => [v.perSeatMonth, v.perSeatTerm])).toEqual([
      [26.4, 26.4],
      [22, 264],
      [22, 264],
      [22, 792],
    ]);
  });

  it('skips rows that cannot be ordered and keeps only limits every variant accepts', () => {
    expect(toVariant(row(year, month, '22.00', { prices: [] }))).toBeUndefined();
    expect(toVariant(row(year, { type: 'unknown', duration: 1 }, '22.00'))).toBeUndefined();
    const [g] = groupCatalog([row(year, month, '22.00', { minimumQuantity: 5 }), row(month, month, '26.40', { maximumQuantity: 100 })]);
    expect([g!.minimumQuantity, g!.maximumQuantity]).toEqual([5, 100]);
  });

  it('names periods as a person reads them', () => {
    expect(periodCodeOf({ type: 'year', duration: 3 })).toBe('P3Y');
    expect(monthsOf('P3Y')).toBe(36);
    expect(termLabel('P1Y')).toBe('1 year');
    expect(termLabel('P3Y')).toBe('3 years');
    expect(billingLabel('P1M')).toBe('monthly');
    expect(billingLabel('P1Y')).toBe('annually');
    expect(parseVariantKey('P1Y:P1M')).toEqual({ termCode: 'P1Y', billingCode: 'P1M' });
    expect(parseVariantKey('P1Y')).toBeUndefined();
  });
});

describe('purchase input', () => {
  const valid = {
    tenantId: 'ea72c53d-591c-491a-a11b-ba991ffbc987',
    mpn: 'CFQ7TTC0LCHC:0002',
    termCode: 'P1Y',
    billingCode: 'P1M',
    mode: 'new' as const,
    quantity: 3,
    agreement: true,
    requestKey: crypto.randomUUID(),
  };

  it('accepts a complete purchase', () => {
    expect(purchaseSchema.safeParse(valid).success).toBe(true);
  });

  it('refuses a purchase without the agreement, with a whole-number quantity, and adding seats without a subscription', () => {
    const errors = (input: object) => Object.keys(purchaseSchema.safeParse({ ...valid, ...input }).error?.flatten().fieldErrors ?? {});
    expect(errors({ agreement: false })).toEqual(['agreement']);
    expect(errors({ quantity: 2.5 })).toEqual(['quantity']);
    expect(errors({ quantity: 0 })).toEqual(['quantity']);
    expect(errors({ mode: 'add-seats' })).toEqual(['subscriptionId']);
    expect(errors({ requestKey: 'again' })).toEqual(['requestKey']);
  });
});

describe('order status', () => {
  it('says unknown while an order is unclear, and error when it failed', () => {
    expect(localStatus('sending', null)).toBe('unknown');
    expect(localStatus('unknown', null)).toBe('unknown');
    expect(localStatus('failed', null)).toBe('error');
    expect(localStatus('placed', 'processing')).toBe('processing');
    expect(normaliseStatus('completed')).toBe('completed');
    expect(normaliseStatus('weird')).toBe('unknown');
  });
});
