// Client-level measurements, run in their own process with the react-server condition (the
// Ingram client imports 'server-only'). Talks to the sandbox over HTTP like the app does.
// Usage: tsx --conditions=react-server bench/probe.ts '<json input>'; prints "BENCH_RESULT <json>".
import { createIngramClient } from '../lib/ingram/client';
import { createMemoryTokenStore } from '../lib/ingram/token';
import { DEFAULT_CREDENTIALS } from '../sandbox/config';
import { since } from './lib/stats';

type Input = { op: 'customers'; origin: string; pool: number; runs: number };
type Counters = { total: number; byRoute: Record<string, number> };

async function control<T>(origin: string, path: string, method = 'GET'): Promise<T> {
  const res = await fetch(`${origin}${path}`, { method, headers: { 'content-type': 'application/json' }, body: method === 'POST' ? '{}' : undefined });
  return (await res.json()) as T;
}

function client(origin: string, pool: number) {
  const c = DEFAULT_CREDENTIALS;
  return createIngramClient({
    connection: { baseUrl: `${origin}/marketplace/na`, username: c.username, password: c.password, subscriptionKey: c.subscriptionKey, marketplace: c.marketplace },
    tokenStore: createMemoryTokenStore(),
    options: { concurrency: pool },
  });
}

// Every customer through the client's paging (first page, then the rest at the pool's concurrency).
async function customers(input: Input) {
  const ingram = client(input.origin, input.pool);
  await ingram.listResellers(); // the token, outside the timing
  await control(input.origin, '/_sandbox/counters/reset', 'POST');
  const times: number[] = [];
  let count = 0;
  let calls = 0;
  for (let i = 0; i < input.runs; i++) {
    const start = performance.now();
    count = (await ingram.listCustomers()).length;
    times.push(since(start));
    if (i === 0) calls = (await control<Counters>(input.origin, '/_sandbox/counters')).total;
  }
  return { times, count, calls };
}

async function main() {
  const input = JSON.parse(process.argv[2] ?? '{}') as Input;
  const result = input.op === 'customers' ? await customers(input) : undefined;
  console.log(`BENCH_RESULT ${JSON.stringify(result ?? null)}`);
}

main().then(
  () => process.exit(0),
  (e) => {
    console.error(e instanceof Error ? e.stack : e);
    process.exit(1);
  },
);
