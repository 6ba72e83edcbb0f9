// The job lease: one holder at a time; an expired lease is taken over; our own is renewed.
import { beforeEach, describe, expect, it } from 'vitest';
import { acquireLease, leaseHolder, releaseLease, renewLease } from '@/lib/jobs/lease';
import { getSqlite } from '@/db';

describe('job lease', () => {
  beforeEach(() => {
    getSqlite().prepare("DELETE FROM job_leases WHERE name LIKE 'test-%'").run();
  });

  it('refuses a second holder while the first holds it, and hands it over after expiry', () => {
    const t0 = 1_000_000;
    expect(acquireLease('test-a', 60_000, 'one', t0)).toBe(true);
    expect(acquireLease('test-a', 60_000, 'two', t0 + 1_000)).toBe(false);
    expect(leaseHolder('test-a', t0 + 1_000)?.holder).toBe('one');
    expect(renewLease('test-a', 60_000, 'one', t0 + 30_000)).toBe(true);
    // Renewed: still held at the first expiry.
    expect(acquireLease('test-a', 60_000, 'two', t0 + 61_000)).toBe(false);
    expect(acquireLease('test-a', 60_000, 'two', t0 + 91_000)).toBe(true);
    expect(renewLease('test-a', 60_000, 'one', t0 + 92_000)).toBe(false);
  });

  it('is free again once released by its holder, and not by another', () => {
    const t0 = 2_000_000;
    expect(acquireLease('test-b', 60_000, 'one', t0)).toBe(true);
    releaseLease('test-b', 'two');
    expect(leaseHolder('test-b', t0)?.holder).toBe('one');
    releaseLease('test-b', 'one');
    expect(leaseHolder('test-b', t0)).toBeNull();
    expect(acquireLease('test-b', 60_000, 'two', t0)).toBe(true);
  });
});
