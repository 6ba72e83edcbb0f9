// Auto-map over the sandbox's demo world (real HTTP): proposals with reasons, the ambiguous
// tenant listed, and the subscription scan kept proportionate.
import { beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/db/index';
import { demoTenants } from '@/db/demo-tenants';
import { tenantMappings, tenants } from '@/db/schema';
import { runAutoMap } from '@/lib/mapping/auto-map';
import { forgetIngramCustomers } from '@/lib/mapping/customers-cache';
import { withSandbox } from '../integration/ingram/sandbox-harness';

const sb = withSandbox({ settings: true });
beforeAll(() => {
  getDb().insert(tenants).values(demoTenants).run();
});

describe('runAutoMap', () => {
  it('proposes id matches first, then unique names, and lists Trey Research as ambiguous', async () => {
    forgetIngramCustomers();
    const progress: number[] = [];
    const out = await runAutoMap('user-1', (done) => progress.push(done), 10);
    const by = new Map(out.proposals.map((p) => [p.tenantName, p]));
    expect(by.get('Wingtip Toys')).toMatchObject({ method: 'tenantId', evidence: 'tenantId', customerName: 'Wingtip Toys', reason: expect.stringMatching(/^tenant id found in subscription \d+$/) });
    expect(by.get('Woodgrove Bank')).toMatchObject({ method: 'tenantId', customerName: 'Woodgrove Financial Group' });
    expect(by.get('Lucerne Publishing')).toMatchObject({ method: 'tenantId', evidence: 'externalId', reason: "tenant id is the customer's externalId" });
    expect(by.get('Relecloud')).toMatchObject({ method: 'tenantId', evidence: 'domain', reason: expect.stringMatching(/^domain found in subscription/) });
    expect(by.get('Contoso Ltd')).toMatchObject({ method: 'name', evidence: 'name', customerName: 'Contoso Limited' });
    expect(by.get('Tailspin Toys')).toMatchObject({ method: 'name', customerName: 'Tailspin Toys LLC' });
    expect(by.has('Trey Research')).toBe(false);
    expect(out.ambiguous.map((a) => [a.tenantName, a.candidates.map((c) => c.name)])).toEqual([['Trey Research', ['Trey Research Inc', 'Trey Research Ltd']]]);
    expect(out.failed).toBe(0);
    expect(progress.at(-1)).toBe(27);
  });

  it('skips customers already mapped, and reads at most two details per customer', async () => {
    getDb().insert(tenantMappings).values({ tenantId: demoTenants[2]!.tenantId, customerId: '1000003', customerName: 'Northwind Traders', method: 'manual' }).run();
    await sb.resetCounters();
    const out = await runAutoMap('user-1');
    expect(out.proposals.map((p) => p.tenantName)).not.toContain('Northwind Traders');
    const counters = await sb.counters();
    // Northwind (40 subscriptions) is mapped and not scanned; the other 26 read at most 2 details each.
    expect(counters.byRoute['GET /subscriptions']).toBe(26);
    expect(counters.byRoute['GET /subscriptions/{id}'] ?? 0).toBeLessThanOrEqual(26 * 2);
  });
});
