// The audit log's before and after in words, as the logs page and its CSV show them.
import { describe, expect, it } from 'vitest';
import { describeChange, productNameIn } from '@/lib/logs/describe';

describe('describeChange', () => {
  it('names seats and auto-renew in words, leaving out the order ids', () => {
    expect(describeChange({ quantity: 10 }, { quantity: 8, kind: 'decrease', scheduledOn: null, orderId: 'O-1', poNumber: 'PO-1', state: 'placed' })).toBe(
      'Seats 10 → 8, Change: decrease, Order: placed',
    );
    expect(describeChange({ autoRenew: true, quantity: 5 }, { autoRenew: false, quantity: 5, orderId: null })).toBe('Auto-renew on → off');
  });

  it('spells out keys it does not know and says what was only before', () => {
    expect(describeChange({ displayName: 'A', defaultDomain: 'a.com' }, { displayName: 'B', defaultDomain: 'a.com' })).toBe('Name A → B');
    expect(describeChange({ quantity: 3, status: 'active' }, { quantity: 0 })).toBe('Seats 3 → 0, Status was active');
    expect(describeChange(null, { someNewThing: 4 })).toBe('Some new thing: 4');
    expect(describeChange(null, null)).toBe('');
  });

  it('finds a product name in the details', () => {
    expect(productNameIn({ productName: 'Office 365 E3' })).toBe('Office 365 E3');
    expect(productNameIn(null, { product: { name: 'Visio Plan 1' } })).toBe('Visio Plan 1');
    expect(productNameIn({ quantity: 1 })).toBeNull();
  });
});
