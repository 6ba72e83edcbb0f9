// CPU per customer page: the sandbox process (from /proc) and this client (process.cpuUsage), at L = 0.
import fs from 'node:fs';
import { spawn } from 'node:child_process';
import { DEFAULT_OPTIONS } from '/work/wc/lib/ingram/connection';
import { listAllPages } from '/work/wc/lib/ingram/paging';
import { createTransport } from '/work/wc/lib/ingram/transport';
import { createTokenSource, createMemoryTokenStore } from '/work/wc/lib/ingram/token';
import { wireCustomerListItem } from '/work/wc/lib/ingram/wire/resources';
import { fastCustomerPage } from '/work/wc/lib/ingram/wire/customer-page';
const [root, port, fast] = [process.argv[2]!, process.argv[3]!, process.argv[4] === 'fast'];
const child = spawn(process.execPath, ['--import', 'tsx', `${root}/sandbox/main.ts`, '--port', port, '--latency', '0'], { cwd: '/work/wc', stdio: 'ignore' });
const origin = `http://127.0.0.1:${port}`;
for (let i = 0; i < 100; i++) { try { await fetch(`${origin}/_sandbox/health`); break; } catch { await new Promise((r) => setTimeout(r, 200)); } }
await fetch(`${origin}/_sandbox/generate`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ customers: 10000, subscriptions: 0 }) });
const conn = { baseUrl: `${origin}/marketplace/na`, username: 'msp-demo.api', password: 'Sbx-Pass-7f3a9c2e41d8', subscriptionKey: '5d1c0e8a9b2f4c6d8e0a1b3c5d7e9f10', marketplace: 'us' };
const opts = { ...DEFAULT_OPTIONS };
const t = createTransport(conn, createTokenSource(conn, createMemoryTokenStore(), opts), opts);
const load = () => listAllPages(t, { operation: 'list customers', path: '/customers', item: wireCustomerListItem, fastPage: fast ? fastCustomerPage : undefined });
const sbCpu = () => { const f = fs.readFileSync(`/proc/${child.pid}/stat`, 'utf8').split(') ')[1]!.split(' '); return (Number(f[11]) + Number(f[12])) * 10; };
for (let i = 0; i < 3; i++) await load();
const LOADS = 10;
const s0 = sbCpu(); const c0 = process.cpuUsage();
for (let i = 0; i < LOADS; i++) await load();
const c = process.cpuUsage(c0); const s = sbCpu() - s0;
const pages = LOADS * 20;
console.log(`${root.includes('base') ? 'base sandbox' : 'new sandbox '} ${fast ? 'fast' : 'zod '}: sandbox ${(s / pages).toFixed(2)} ms CPU/page, client ${((c.user + c.system) / 1000 / pages).toFixed(2)} ms CPU/page`);
child.kill('SIGTERM');
process.exit(0);
