// withoutCommitFsync: the inventory's commit skips the disk flush (synchronous = NORMAL), and the
// connection is back to fsynced commits (FULL) afterwards, also when the write throws.
import { describe, expect, it } from 'vitest';
import { getSqlite, withoutCommitFsync } from '@/db';
import { writeTenantInventory } from '@/lib/inventory/store';

const synchronous = () => getSqlite().pragma('synchronous', { simple: true });
const FULL = 2;
const NORMAL = 1;

describe('withoutCommitFsync', () => {
  it('runs the write with NORMAL and leaves the connection at FULL', () => {
    expect(synchronous()).toBe(FULL);
    const seen = withoutCommitFsync(getSqlite(), () => synchronous());
    expect(seen).toBe(NORMAL);
    expect(synchronous()).toBe(FULL);
  });

  it('restores FULL when the write throws', () => {
    expect(() =>
      withoutCommitFsync(getSqlite(), () => {
        throw new Error('boom');
      }),
    ).toThrow('boom');
    expect(synchronous()).toBe(FULL);
  });

  it('inside an open transaction leaves the setting alone (the outer commit decides)', () => {
    const sqlite = getSqlite();
    const seen = sqlite.transaction(() => withoutCommitFsync(sqlite, () => synchronous()))();
    expect(seen).toBe(FULL);
  });

  it('the inventory write commits without the flush and the connection stays FULL', () => {
    const sqlite = getSqlite();
    const original = sqlite.transaction.bind(sqlite);
    let during: unknown;
    sqlite.transaction = ((fn: (...a: unknown[]) => unknown) =>
      original((...a: unknown[]) => {
        during = synchronous();
        return fn(...a);
      })) as typeof sqlite.transaction;
    try {
      writeTenantInventory({ tenantId: 'fsync-tenant', customerId: '1000001', rows: [], details: [], now: Date.parse('2026-03-02T08:00:00Z') });
    } finally {
      sqlite.transaction = original;
    }
    expect(during).toBe(NORMAL);
    expect(synchronous()).toBe(FULL);
  });
});
