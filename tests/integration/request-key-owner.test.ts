// An order found by its idempotency key is returned only to the user and tenant it belongs to.
import { beforeEach, describe, expect, it } from 'vitest';
import { getDb } from '@/db';
import { orders } from '@/db/schema';
import type { IngramClient } from '@/lib/ingram';
import { earlierSubmission, submitOrder } from '@/lib/orders/submit';
import { emptyTables } from '@/tests/support/db';

const KEY = 'a1b2c3d4-0000-4000-8000-000000000001';
const MINE = { tenantId: '30b83152-208f-4c45-afdb-d26be0437d08', createdBy: 'editor@demo.local' };
// Never called: a key found in the table answers before anything is sent.
const noClient = new Proxy(
  {},
  {
    get: () => () => {
      throw new Error('sent to Ingram');
    },
  },
) as unknown as IngramClient;

beforeEach(() => {
  emptyTables(orders);
  getDb()
    .insert(orders)
    .values({ poNumber: 'PO-1', requestKey: KEY, ...MINE, customerId: '1000003', type: 'change', subscriptionId: '1000123', mpn: 'X', quantity: 5, state: 'placed' })
    .run();
});

describe('orders found by request key', () => {
  it('are returned to their owner', async () => {
    expect(earlierSubmission(KEY, { tenantId: MINE.tenantId, email: MINE.createdBy })).toMatchObject({ order: { poNumber: 'PO-1' } });
    await expect(submitOrder({ ...MINE, customerId: '1000003', type: 'change', requestKey: KEY, subscriptionId: '1000123', mpn: 'X', quantity: 6 }, noClient)).resolves.toMatchObject({
      poNumber: 'PO-1',
    });
  });

  it('are never returned to another user or for another tenant', async () => {
    expect(earlierSubmission(KEY, { tenantId: MINE.tenantId, email: 'readonly@demo.local' })).toMatchObject({ ok: false, code: 'CONFLICT' });
    expect(earlierSubmission(KEY, { tenantId: '0a96abb3-3b07-4f0e-af48-bcc4893e0e73', email: MINE.createdBy })).toMatchObject({ ok: false, code: 'CONFLICT' });
    const other = {
      tenantId: '0a96abb3-3b07-4f0e-af48-bcc4893e0e73',
      createdBy: 'admin@demo.local',
      customerId: '1000001',
      type: 'change' as const,
      requestKey: KEY,
      subscriptionId: '1000999',
      mpn: 'X',
      quantity: 1,
    };
    await expect(submitOrder(other, noClient)).rejects.toThrow(/already used for another order/);
  });
});
