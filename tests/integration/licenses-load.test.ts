// Loading a tenant's licenses against the sandbox over HTTP: call counts, concurrency, quantities, windows.
import { beforeAll, describe, expect, it } from 'vitest';
import { getIngramClient } from '@/lib/ingram';
import { changeContext, resolveTarget, isRefusal } from '@/lib/licenses/context';
import { loadTenantLicenses } from '@/lib/licenses/load';
import { withSandbox } from './ingram/sandbox-harness';

const sb = withSandbox({
  settings: true,
  each: async (sb) => {
    await sb.control('POST', '/latency', { ms: 0 });
    await sb.resetCounters();
  },
});
const NORTHWIND = '1000003';
const CONTOSO = '1000001';

beforeAll(async () => {
  // Warm the token cache, as any earlier page view would have.
  await getIngramClient().listCustomers({ name: 'Northwind' });
});

describe('loadTenantLicenses', () => {
  it('Northwind (40 subscriptions): 1 list call, 40 detail calls, 1 orders call and no token call', async () => {
    const data = await loadTenantLicenses({ tenantId: 'northwind', customerId: NORTHWIND });
    expect(data.rows).toHaveLength(40);
    const { byRoute } = await sb.counters();
    expect(byRoute['GET /subscriptions']).toBe(1);
    expect(byRoute['GET /subscriptions/{id}']).toBe(40);
    expect(byRoute['GET /orders'] ?? 0).toBe(1);
    expect(byRoute['POST /token'] ?? 0).toBe(0);
    // Quantities come from the details (the seed gives 5, 6, ... 44 seats).
    expect(data.rows.map((r) => r.quantity!).sort((a, b) => a - b)).toEqual(Array.from({ length: 40 }, (_, i) => 5 + i));
  });

  it("the 40 details are fetched concurrently but bounded by the client's concurrency", async () => {
    const client = sb.client({ options: { concurrency: 4 } });
    await client.listCustomers({ name: 'Northwind' }); // token first
    await sb.control('POST', '/latency', { ms: 300 });
    const started = Date.now();
    await loadTenantLicenses({ tenantId: 'northwind', customerId: NORTHWIND }, client);
    const elapsed = Date.now() - started;
    // 4 at a time: at least 10 waves of 300 ms. One at a time: over 41 x 300 ms. Unbounded: ~2 x 300 ms.
    expect(elapsed).toBeGreaterThanOrEqual(10 * 300);
    expect(elapsed).toBeLessThan(30 * 300);
  });

  it('Contoso: windows and in-progress markers as the seed sets them up', async () => {
    const data = await loadTenantLicenses({ tenantId: 'contoso', customerId: CONTOSO });
    const by = (name: string) => data.rows.find((r) => r.productName.includes(name))!;
    expect(data.rows.some((r) => r.status === 'terminated')).toBe(false);
    expect(by('Business Premium').window.cancelUntil).not.toBeNull();
    expect(by('Business Premium').window.approximate).toBe(false);
    expect(by('Business Basic').window).toMatchObject({ cancelUntil: null, removableSeats: 0 });
    expect(by('Entra ID P1')).toMatchObject({ quantity: 25, window: { cancelUntil: null, removableSeats: 5 } });
    expect(by('Defender for Business').inProgress).toMatchObject({ type: 'change', localOrderId: null });
    expect(by('Power BI Pro').autoRenew).toBe(false);
    expect(by('Business Basic').termAndBilling).toBe('Annual, billed annually');
    const all = await loadTenantLicenses({ tenantId: 'contoso', customerId: CONTOSO, includeTerminated: true });
    expect(all.rows.find((r) => r.productName.includes('Visio'))?.status).toBe('terminated');
  });

  it('the dialog context agrees with the sandbox on removable seats', async () => {
    const client = getIngramClient();
    const subs = await client.listSubscriptions({ customerId: CONTOSO });
    for (const s of subs.filter((x) => x.status === 'active')) {
      const truth = await sb.control<{ removableSeats: number }>('GET', `/state/subscriptions/${s.id}`);
      const ctx = await changeContext(client, { tenantId: 'contoso', customerId: CONTOSO, sub: await client.getSubscription(s.id) });
      // Midnight-rounded term starts may close a window early, never open it late.
      expect(ctx.window.removableSeats, s.name).toBeLessThanOrEqual(truth.removableSeats);
      if (s.name.includes('Entra') || s.name.includes('Premium') || s.name.includes('Basic')) expect(ctx.window.removableSeats, s.name).toBe(truth.removableSeats);
    }
  });

  it('a subscription of another customer is refused', async () => {
    const r = await resolveTarget(getIngramClient(), '00000000-0000-4000-8000-000000000000', '1');
    expect(isRefusal(r)).toBe(true);
  });
});
