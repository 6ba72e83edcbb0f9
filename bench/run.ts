// npm run bench [-- --latency 100 --runs 5 --json out.json --no-build --only 1,7]: builds the app, starts it
// and the sandbox, runs every scenario, prints one table. Not a test: it always exits 0.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openAppDb } from './lib/app-db';
import { signIn, type Session } from './lib/browser';
import type { BenchContext } from './lib/context';
import { errorFigure, type Figure } from './lib/figures';
import { buildApp, startAppProcess, startSandboxProcess, type Running } from './lib/processes';
import { printTable, writeJson } from './lib/report';
import { sandboxControl } from './lib/sandbox-control';
import { flag } from '../sandbox/flags';
import { appOverhead } from './scenarios/app-overhead';
import { catalogSearch } from './scenarios/catalog';
import { coldToken } from './scenarios/cold-token';
import { cspLicenses } from './scenarios/csp-licenses';
import { customersForMapping } from './scenarios/customers';
import { firstLoadJs } from './scenarios/first-load-js';
import { inventorySync } from './scenarios/inventory-sync';
import { allTenantsFirstPage } from './scenarios/all-tenants';
import { usageSync } from './scenarios/usage-sync';

const DIST_DIR = process.env.BENCH_DIST_DIR ?? '.next-bench';
const APP_PORT = Number(process.env.BENCH_APP_PORT ?? 3360);
const SANDBOX_PORT = Number(process.env.BENCH_SANDBOX_PORT ?? 4360);
const PASSWORD = 'bench-Password-123';

// Catalog first: the app reads the catalog once per process, and later pages would warm it.
const SCENARIOS: Array<[string, (ctx: BenchContext) => Promise<Figure[]>]> = [
  ['4 Catalog search, 3,000 products', catalogSearch],
  ['1 CSP Licenses (warm token)', cspLicenses],
  ['2 Cold token, 100 concurrent', coldToken],
  ['3 Customers for mapping', customersForMapping],
  ['5 App overhead (L=0)', appOverhead],
  ['6 First-load JS (gzip)', firstLoadJs],
  ['7 Inventory sync', inventorySync],
  ['8 All Tenants, first page (50,000 rows)', allTenantsFirstPage],
  ['9 Usage sync, 300 tenants', usageSync],
];

async function main(): Promise<void> {
  const started = performance.now();
  const latencyMs = Number(flag('latency') ?? 100);
  const runs = Math.max(1, Number(flag('runs') ?? 5));
  const pool = Number(process.env.INGRAM_CONCURRENCY ?? 10);
  const jsonFile = flag('json');
  const figures: Figure[] = [];
  const running: Running[] = [];
  let session: Session | undefined;
  let buildSeconds: number | undefined;
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ingram-cipp-bench-'));
  try {
    if (!process.argv.includes('--no-build')) {
      console.log(`Building the app into ${DIST_DIR} ...`);
      buildSeconds = Math.round((await buildApp(DIST_DIR)).ms / 1000);
    }
    console.log(`Starting the sandbox (:${SANDBOX_PORT}, L = ${latencyMs} ms) and the app (:${APP_PORT}) ...`);
    running.push(await startSandboxProcess(SANDBOX_PORT, latencyMs));
    running.push(await startAppProcess({ port: APP_PORT, sandboxPort: SANDBOX_PORT, distDir: DIST_DIR, dataDir, password: PASSWORD }));
    const appOrigin = `http://127.0.0.1:${APP_PORT}`;
    session = await signIn(appOrigin, 'superadmin@demo.local', PASSWORD);
    const db = openAppDb(path.join(dataDir, 'app.db'));
    const ctx: BenchContext = { latencyMs, runs, pool, appOrigin, distDir: DIST_DIR, sandbox: sandboxControl(`http://127.0.0.1:${SANDBOX_PORT}`), db, session };
    // --only 7: the scenarios whose names start with one of these (comma-separated), for a short run.
    const only = flag('only')?.split(',');
    for (const [name, scenario] of SCENARIOS.filter(([n]) => !only || only.some((o) => n.startsWith(o)))) {
      console.log(`Running ${name} ...`);
      const t = performance.now();
      try {
        figures.push(...(await scenario(ctx)));
      } catch (e) {
        figures.push(errorFigure(name, 'scenario', e));
      }
      console.log(`  done in ${Math.round((performance.now() - t) / 1000)} s`);
    }
    db.close();
  } catch (e) {
    figures.push(errorFigure('setup', 'build / start / sign-in', e));
  } finally {
    await session?.browser.close().catch(() => undefined);
    for (const r of running.reverse()) await r.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
  const report = {
    date: new Date().toISOString(),
    cores: os.cpus().length,
    cpu: os.cpus()[0]?.model.trim() ?? 'unknown',
    node: process.version,
    latencyMs,
    pool,
    runs,
    buildSeconds,
    totalSeconds: Math.round((performance.now() - started) / 1000),
    figures,
  };
  printTable(report);
  if (jsonFile) writeJson(jsonFile, report);
}

main()
  .catch((e) => console.error('bench:', e instanceof Error ? e.message : e))
  .finally(() => process.exit(0));
