// Paging with limit=500 and the bounded detail fan-out for a customer's subscriptions.
import { describe, expect, it } from 'vitest';
import { withSandbox } from './sandbox-harness';

const sb = withSandbox({
  each: async (sb) => {
    await sb.reset();
    await sb.resetCounters();
  },
});

describe('paging', () => {
  it('reads a list of 1,203 customers in 3 pages of 500, in order', async () => {
    await sb.control('POST', '/generate', { customers: 1203, subscriptionsPerCustomer: 0 });
    const client = sb.client();
    // Control: what page-by-page reading in the API's own order gives.
    const customers = await client.listCustomers();
    expect(customers).toHaveLength(1203);
    expect(new Set(customers.map((c) => c.id)).size).toBe(1203);
    expect(await sb.count('GET /customers')).toBe(3);
    // Order is the API's (newest first): the pages are stitched without reordering.
    const firstPage = await fetchPage(0);
    const lastPage = await fetchPage(1000);
    expect(customers.slice(0, 500).map((c) => c.id)).toEqual(firstPage);
    expect(customers.slice(1000).map((c) => c.id)).toEqual(lastPage);
  });

  it('fetches the pages after the first concurrently', async () => {
    await sb.control('POST', '/generate', { customers: 2600, subscriptionsPerCustomer: 0 });
    await sb.control('POST', '/latency', { ms: 300 });
    const started = Date.now();
    const customers = await sb.client().listCustomers();
    const elapsed = Date.now() - started;
    await sb.control('POST', '/latency', { ms: 0 });
    expect(customers).toHaveLength(2600);
    // token + first page + 5 more pages: one after another would take >= 7 x 300 ms; concurrently ~3 x 300.
    expect(elapsed).toBeLessThan(7 * 300 - 300);
  });
});

describe('subscription details', () => {
  it('takes quantities from each subscription detail, fetched with a bounded pool', async () => {
    const client = sb.client({ options: { concurrency: 10 } });
    const [northwind] = await client.listCustomers({ name: 'Northwind Traders' });
    const rows = await client.listSubscriptions({ customerId: northwind!.id });
    await sb.resetCounters();
    await sb.control('POST', '/latency', { ms: 60 });
    const started = Date.now();
    const details = await client.listCustomerSubscriptionsWithDetails(northwind!.id, { includeTerminated: true });
    const elapsed = Date.now() - started;
    await sb.control('POST', '/latency', { ms: 0 });

    expect(details.map((d) => d.id)).toEqual(rows.map((r) => r.id));
    expect(details.every((d) => d.product && Number.isInteger(d.product.quantity))).toBe(true);
    expect(await sb.count('GET /subscriptions/{id}')).toBe(rows.length);
    const rounds = Math.ceil(rows.length / 10);
    // Not one by one (rows x 60 ms), and never more than 10 at once (at least `rounds` x 60 ms).
    expect(elapsed).toBeGreaterThanOrEqual(rounds * 60);
    expect(elapsed).toBeLessThan(rows.length * 60);
  });

  it('leaves terminated subscriptions out unless asked', async () => {
    const client = sb.client();
    const [northwind] = await client.listCustomers({ name: 'Northwind Traders' });
    const rows = await client.listSubscriptions({ customerId: northwind!.id });
    const live = await client.listCustomerSubscriptionsWithDetails(northwind!.id);
    const ended = rows.filter((r) => r.status === 'terminated' || r.status === 'removed');
    expect(live).toHaveLength(rows.length - ended.length);
  });
});

async function fetchPage(offset: number): Promise<string[]> {
  const token = await (
    await fetch(`${sb.baseUrl}/token`, {
      method: 'POST',
      headers: {
        Authorization: `Basic ${Buffer.from('msp-demo.api:Sbx-Pass-7f3a9c2e41d8').toString('base64')}`,
        'X-Subscription-Key': '5d1c0e8a9b2f4c6d8e0a1b3c5d7e9f10',
        'Content-Type': 'application/json',
      },
      body: JSON.stringify({ marketplace: 'us' }),
    })
  ).json();
  const res = await fetch(`${sb.baseUrl}/customers?offset=${offset}&limit=500`, {
    headers: { Authorization: `Bearer ${token.token}`, 'X-Subscription-Key': '5d1c0e8a9b2f4c6d8e0a1b3c5d7e9f10' },
  });
  return ((await res.json()) as { data: Array<{ id: string }> }).data.map((c) => c.id);
}

describe('catalog search', () => {
  it('reads the catalog once and answers repeated searches with 0 upstream calls', async () => {
    const client = sb.client({ connection: { marketplace: 'us' }, options: {} });
    const first = await client.searchCatalog({ query: 'Microsoft 365', refresh: true });
    expect(first.length).toBeGreaterThan(0);
    await sb.resetCounters();
    const again = await sb.client().searchCatalog({ query: 'e3' });
    const byMpn = await client.searchCatalog({ mpn: first[0]!.mpn });
    expect(again.every((p) => /e3/i.test(p.name) || /e3/i.test(p.mpn))).toBe(true);
    expect(byMpn.every((p) => p.mpn === first[0]!.mpn)).toBe(true);
    expect((await sb.counters()).total).toBe(0);
    await client.searchCatalog({ refresh: true });
    expect(await sb.count('GET /products')).toBeGreaterThan(0);
  });
});
