// Every id an action takes has a character rule, and the Ingram client refuses a path-like
// id itself: `..`, a slash or a percent sign never reaches a URL path.
import { describe, expect, it } from 'vitest';
import { resourcePath } from '@/lib/ingram/transport';
import { cancelSchema, subscriptionRefSchema } from '@/lib/validations/licenses';
import { mappingSchema } from '@/lib/validations/mappings';
import { orderRefreshSchema } from '@/lib/validations/orders';
import { estimateSchema } from '@/lib/validations/purchase';
import { userDisableSchema, userPasswordSchema, userUpdateSchema } from '@/lib/validations/users';

const TENANT = '30b83152-208f-4c45-afdb-d26be0437d08';
const BAD = ['..', '.', 'a/b', '../customers', '%2e%2e', 'a b', '1000001?x=1', '1000001#x', '<b>', ''];
const purchase = { tenantId: TENANT, mpn: 'CFQ7TTC0LCHC:0002', termCode: 'P1Y', billingCode: 'P1M', mode: 'add-seats', quantity: 1 };

describe('id rules', () => {
  it.each(BAD)('refuses the subscription id %j in every schema that takes one', (id) => {
    expect(subscriptionRefSchema.safeParse({ tenantId: TENANT, subscriptionId: id }).success).toBe(false);
    expect(cancelSchema.safeParse({ tenantId: TENANT, subscriptionId: id, requestKey: crypto.randomUUID() }).success).toBe(false);
    expect(estimateSchema.safeParse({ ...purchase, subscriptionId: id }).success).toBe(false);
  });

  it('refuses path-like customer ids, order references, products and user ids', () => {
    for (const id of BAD) {
      expect(mappingSchema.safeParse({ tenantId: TENANT, customerId: id }).success, id).toBe(false);
      expect(orderRefreshSchema.safeParse({ tenantId: TENANT, ref: id }).success, id).toBe(false);
      expect(userUpdateSchema.safeParse({ id, name: 'A', role: 'readonly' }).success, id).toBe(false);
      expect(userDisableSchema.safeParse({ id, disabled: true }).success, id).toBe(false);
      expect(userPasswordSchema.safeParse({ id, password: 'Copper-Lantern-Orbit-73' }).success, id).toBe(false);
    }
    expect(estimateSchema.safeParse({ ...purchase, mode: 'new', mpn: '../catalog' }).success).toBe(false);
  });

  it('accepts the real shapes', () => {
    expect(subscriptionRefSchema.safeParse({ tenantId: TENANT, subscriptionId: '1000123' }).success).toBe(true);
    expect(estimateSchema.safeParse({ ...purchase, subscriptionId: '1000123' }).success).toBe(true);
    expect(estimateSchema.safeParse({ ...purchase, mode: 'new', subscriptionId: '' }).success).toBe(true);
    expect(orderRefreshSchema.safeParse({ tenantId: TENANT, ref: 'local-12' }).success).toBe(true);
    expect(userDisableSchema.safeParse({ id: crypto.randomUUID(), disabled: true }).success).toBe(true);
  });

  it('the client refuses to build a path from a path-like id', () => {
    expect(resourcePath('subscriptions', '1000123')).toBe('/subscriptions/1000123');
    for (const id of ['..', '.', 'a/b', '%2e%2e', '']) expect(() => resourcePath('subscriptions', id), id).toThrow(/not a valid Ingram id/);
  });
});
