// Scenario 9: the usage sync. A full inventory sync of 300 tenants that also reads each tenant's
// Microsoft side (token, products, subscriptions behind them) against the Microsoft sandbox,
// started here with the same latency L, against its floor.
import { generatedTenantId } from '../../sandbox/microsoft/generate';
import type { BenchContext } from '../lib/context';
import { errorFigure, round, syncFloor, type Figure } from '../lib/figures';
import { startMsSandboxProcess } from '../lib/processes';
import { callAction, findActionId } from '../lib/server-action';

const SCENARIO = '9 Usage sync';
const TENANTS = Number(process.env.BENCH_USAGE_TENANTS ?? 300);
const SUBS_PER_CUSTOMER = 5;
/** Tenants the engine syncs side by side (lib/inventory/sync/engine.ts). */
const TENANT_CONCURRENCY = 8;
const BUDGET_PER_MINUTE = 60_000;
/** Microsoft calls per tenant: one token, then its products and its subscriptions side by side. */
const MS_CALLS = 3;
const MS_ROUNDS = 2;
const MS_PORT = Number(process.env.BENCH_MS_SANDBOX_PORT ?? Number(process.env.BENCH_SANDBOX_PORT ?? 4360) + 1);

type Counters = { total: number; byRoute: Record<string, number> };
type Run = { id: number; kind: string; status: string; tenantsDone: number; tenantsFailed: number; durationSeconds: number | null };

export async function usageSync(ctx: BenchContext): Promise<Figure[]> {
  const ms = await startMsSandboxProcess(MS_PORT, ctx.latencyMs);
  try {
    return [await measure(ctx, `http://127.0.0.1:${MS_PORT}`)];
  } catch (e) {
    return [errorFigure(SCENARIO, `usage sync, ${TENANTS} tenants`, e)];
  } finally {
    await ms.stop();
  }
}

async function msControl<T>(origin: string, path: string, body?: unknown): Promise<T> {
  const res = await fetch(`${origin}/_sandbox${path}`, {
    method: body === undefined ? 'GET' : 'POST',
    headers: { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`Microsoft sandbox ${path}: ${res.status} ${(await res.text()).slice(0, 200)}`);
  return (await res.json()) as T;
}

async function runFullSync(ctx: BenchContext): Promise<Run> {
  const status = async () => ((await (await fetch(`${ctx.appOrigin}/api/inventory/sync`, { headers: { cookie: ctx.session.cookie } })).json()) as { runs: Run[] }).runs;
  const before = (await status())[0]?.id ?? 0;
  const id = findActionId(ctx.distDir, 'settings/integrations/ingram/actions', 'startSyncAction');
  const r = await callAction(`${ctx.appOrigin}/settings/integrations/ingram?tab=sync`, id, ctx.session.cookie, [{ kind: 'full' }]);
  if (r.status !== 200) throw new Error(`Sync now answered ${r.status}`);
  for (;;) {
    const run = (await status()).find((x) => x.id > before && x.kind !== 'tenant');
    if (run && run.status !== 'running') return run;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

async function measure(ctx: BenchContext, msOrigin: string): Promise<Figure> {
  const L = ctx.latencyMs;
  const db = ctx.db.sqlite;
  ctx.db.resetInventory(BUDGET_PER_MINUTE);
  db.prepare('DELETE FROM inventory_usage').run();
  db.prepare('DELETE FROM usage_tenant_state').run();
  // The app's Microsoft connection points at this run's sandbox (the demo seed names the default port).
  db.prepare('UPDATE ms_settings SET login_base_url = ?, graph_base_url = ? WHERE id = 1').run(msOrigin, `${msOrigin}/v1.0`);
  // Both worlds from the same generator: tenant i is Ingram customer i, with Microsoft's tenant id for it.
  await ctx.sandbox.generate({ customers: TENANTS, subscriptionsPerCustomer: SUBS_PER_CUSTOMER });
  await msControl(msOrigin, '/generate', { tenants: TENANTS, subscriptionsPerCustomer: SUBS_PER_CUSTOMER });
  ctx.db.mapMany(
    Array.from({ length: TENANTS }, (_, i) => ({
      tenant: { tenantId: generatedTenantId(i), displayName: `Usage ${i + 1}`, defaultDomain: `gen${i + 1}.onmicrosoft.com` },
      customerId: String(1_000_001 + i),
      customerName: `Customer ${i + 1}`,
    })),
  );
  await ctx.sandbox.resetCounters();
  await msControl(msOrigin, '/counters/reset', {});
  const run = await runFullSync(ctx);
  const ingram = await ctx.sandbox.counters();
  const microsoft = await msControl<Counters>(msOrigin, '/counters');
  const linked = (db.prepare('SELECT count(*) AS n FROM inventory_usage').get() as { n: number }).n;
  const failed = (db.prepare('SELECT count(*) AS n FROM usage_tenant_state WHERE error_kind IS NOT NULL').get() as { n: number }).n;
  // Per tenant: Ingram's list beside its orders (one round) and its details in rounds of P; beside them,
  // Microsoft's token and then its two reads side by side (two rounds). T tenants at once.
  const detailRounds = Math.ceil((ingram.byRoute['GET /subscriptions/{id}'] ?? 0) / TENANTS / ctx.pool);
  const rounds = Math.max(1 + detailRounds, MS_ROUNDS);
  const floor = syncFloor({ L, rounds, tenants: TENANTS, tenantConcurrency: TENANT_CONCURRENCY, calls: ingram.total + microsoft.total, budgetPerMinute: BUDGET_PER_MINUTE });
  const measured = (run.durationSeconds ?? 0) * 1000;
  return {
    scenario: SCENARIO,
    label: `usage sync, ${TENANTS} tenants`,
    unit: 'ms',
    median: measured,
    floor,
    ratio: round(measured / floor, 2),
    calls: ingram.total + microsoft.total,
    minCalls: TENANTS * (2 + MS_CALLS) + (ingram.byRoute['GET /subscriptions/{id}'] ?? 0),
    target: 'ratio <= 1.5',
    met: measured / floor <= 1.5 && run.tenantsFailed === 0 && failed === 0,
    note: `${run.status}; Microsoft ${microsoft.total} calls (${MS_CALLS} a tenant), Ingram ${ingram.total}; ${linked} subscriptions linked, ${failed} tenants without usage; floor = L x max(1 + ${detailRounds} detail rounds at P=${ctx.pool}, ${MS_ROUNDS} Microsoft rounds beside them) x N / ${TENANT_CONCURRENCY}`,
  };
}
