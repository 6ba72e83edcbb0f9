// The order record's one request-key check and one status vocabulary.
import { describe, expect, it } from 'vitest';
import { getDb } from '@/db/index';
import { orders } from '@/db/schema';
import { toOrderDto } from '@/lib/orders/record';
import { localStatus, shouldFollow } from '@/lib/orders/status';
import { earlierSubmission } from '@/lib/orders/submit';

const row = (over: Partial<typeof orders.$inferInsert> = {}) =>
  getDb()
    .insert(orders)
    .values({
      poNumber: `CIPP-20260101-${Math.random().toString(36).slice(2, 12).toUpperCase()}`,
      tenantId: 't1',
      customerId: 'c1',
      type: 'change',
      state: 'placed',
      createdBy: 'a@demo.local',
      ...over,
    })
    .returning()
    .get();

describe('earlierSubmission', () => {
  it('answers a repeated key with the first order, for the same tenant and person', () => {
    const first = row({ requestKey: 'rk-same' });
    expect(earlierSubmission('rk-same', { tenantId: 't1', email: 'a@demo.local' })).toEqual({ order: toOrderDto(first) });
    expect(earlierSubmission('rk-new', { tenantId: 't1', email: 'a@demo.local' })).toBeUndefined();
  });

  it('refuses a key that another person or another tenant used (the licenses page used to answer with their order)', () => {
    row({ requestKey: 'rk-theirs' });
    expect(earlierSubmission('rk-theirs', { tenantId: 't1', email: 'b@demo.local' })).toMatchObject({ ok: false, code: 'CONFLICT' });
    expect(earlierSubmission('rk-theirs', { tenantId: 't2', email: 'a@demo.local' })).toMatchObject({ ok: false, code: 'CONFLICT' });
  });
});

describe('one status vocabulary', () => {
  it('a change waiting for the renewal is scheduled and not followed; ended orders are not followed either', () => {
    expect(localStatus('placed', 'processing', 'renewal')).toBe('scheduled');
    expect(localStatus('placed', 'completed', 'renewal')).toBe('completed');
    expect(localStatus('sending', null, 'renewal')).toBe('unknown');
    expect(shouldFollow('scheduled')).toBe(false);
    expect(shouldFollow('processing')).toBe(true);
    expect(shouldFollow('unknown')).toBe(true);
    expect(shouldFollow('error')).toBe(false);
  });

  it('the DTO carries dates as ISO strings and the status', () => {
    const dto = toOrderDto(row({ scheduledOn: 'renewal', ingramStatus: 'processing' }));
    expect(dto.status).toBe('scheduled');
    expect(dto.createdAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect(dto).not.toHaveProperty('requestKey');
  });
});
