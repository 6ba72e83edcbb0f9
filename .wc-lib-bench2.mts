import { createIngramClient } from '/work/wc/lib/ingram/client';
import { createMemoryTokenStore } from '/work/wc/lib/ingram/token';
const origin = 'http://127.0.0.1:4438';
const ctl = (p: string, b: unknown) => fetch(`${origin}/_sandbox${p}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(b) });
const client = createIngramClient({ connection: { baseUrl: `${origin}/marketplace/na`, username: 'msp-demo.api', password: 'Sbx-Pass-7f3a9c2e41d8', subscriptionKey: '5d1c0e8a9b2f4c6d8e0a1b3c5d7e9f10', marketplace: 'us' }, tokenStore: createMemoryTokenStore(), options: {} });
for (const n of [500, 10000, 50000]) {
  await ctl('/generate', { customers: n, subscriptions: 0 });
  await client.listCustomers();
  const ts: number[] = [];
  for (let i = 0; i < 7; i++) { const s = performance.now(); await client.listCustomers(); ts.push(performance.now() - s); }
  ts.sort((a, b) => a - b);
  const pages = Math.ceil(n / 500); const floor = 100 * (1 + Math.ceil((pages - 1) / 10));
  console.log(n, 'median', ts[3].toFixed(1), 'min', ts[0].toFixed(1), 'floor', floor, 'ratio', (ts[3] / floor).toFixed(3));
}
