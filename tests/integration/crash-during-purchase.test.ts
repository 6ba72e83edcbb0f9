// Crash during a purchase: the process dies after POST /orders reached Ingram and before it
// recorded the answer. On restart the order left in 'sending' is settled by its poNumber,
// without a second order, and the user sees its true state.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { getDb } from '@/db/index';
import { orders } from '@/db/schema';
import { getIngramClient } from '@/lib/ingram';
import { periodCode } from '@/lib/ingram';
import { resolveUnclearOrders } from '@/lib/orders/resolution';
import { withSandbox } from './ingram/sandbox-harness';

const sb = withSandbox({ settings: true });

async function until<T>(probe: () => Promise<T | undefined> | T | undefined, what: string, ms = 30_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

it('settles an order whose process was killed mid-send, with exactly one order at Ingram', async () => {
  const client = getIngramClient();
  const customer = (await client.listCustomers({ name: 'Fourth Coffee' }))[0]!;
  const product = (await client.searchCatalog({ query: 'Business Standard' })).find((p) => p.subscriptionPeriod?.type === 'year' && p.billingPeriod?.type === 'month')!;
  // Ingram does the work at once but answers only after a minute: the process dies first.
  await sb.fault({ method: 'POST', path: '/orders', kind: 'work-then-delay', delayMs: 60_000 });
  await sb.resetCounters();

  const input = {
    tenantId: 'ea72c53d-591c-491a-a11b-ba991ffbc987',
    customerId: customer.id,
    type: 'sales',
    mpn: product.mpn,
    productName: product.name,
    quantity: 3,
    billingPeriod: periodCode(product.billingPeriod),
    subscriptionPeriod: periodCode(product.subscriptionPeriod),
    microsoft: { domain: 'fourthcoffee.onmicrosoft.com', agreementAccepted: true },
    createdBy: 'crash-test',
  };
  const child = spawn(path.resolve('node_modules/.bin/tsx'), ['--conditions=react-server', 'tests/integration/fixtures/submit-order-child.ts', JSON.stringify(input)], {
    env: process.env,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let childSaid = '';
  child.stdout!.on('data', (c: Buffer) => (childSaid += c.toString()));

  const row = await until(() => getDb().select().from(orders).where(eq(orders.createdBy, 'crash-test')).get(), 'the order row');
  expect(row.state).toBe('sending'); // recorded before sending
  await until(async () => ((await sb.control<{ orders: unknown[] }>('GET', `/state/orders?poNumber=${row.poNumber}`)).orders.length ? true : undefined), 'Ingram to have the order');
  child.kill('SIGKILL');
  await new Promise((r) => child.once('exit', r));
  expect(childSaid).toBe(''); // it never heard the answer
  expect(getDb().select().from(orders).where(eq(orders.id, row.id)).get()!.state).toBe('sending');

  // The restart: the server runs this at start (instrumentation.ts).
  const summary = await resolveUnclearOrders(getIngramClient());
  expect(summary.placed).toBe(1);
  const settled = getDb().select().from(orders).where(eq(orders.id, row.id)).get()!;
  const atIngram = (await sb.control<{ orders: Array<{ id: string }> }>('GET', `/state/orders?poNumber=${row.poNumber}`)).orders;
  expect(atIngram).toHaveLength(1);
  expect(settled.state).toBe('placed');
  expect(settled.ingramOrderId).toBe(atIngram[0]!.id);
  expect(await sb.count('POST /orders')).toBe(1); // never placed a second time
});
