// Scenario 3: every customer for the mapping page (500 / 10,000 / 50,000), and auto-mapping 3,000 tenants.
import { proposeMappings, externalIdEvidence, type MatchCustomer, type MatchTenant } from '../../lib/mapping/match';
import { generatedExternalId, generateWorld } from '../../sandbox/generate';
import type { BenchContext } from '../lib/context';
import { errorFigure, round, type Figure } from '../lib/figures';
import { callAction, findActionId } from '../lib/server-action';
import { median, p95, since, timeRuns } from '../lib/stats';

const SCENARIO = '3 Customers for mapping';
const SIZES = [500, 10_000, 50_000];
const PAGE = 500; // Ingram's largest page, which the client asks for
const TENANTS = 3_000;

export async function customersForMapping(ctx: BenchContext): Promise<Figure[]> {
  const figures: Figure[] = [];
  for (const n of SIZES) {
    try {
      figures.push(await loadAll(ctx, n));
    } catch (e) {
      figures.push(errorFigure(SCENARIO, `all customers, ${n}`, e));
    }
    try {
      figures.push(autoMap(ctx, n, figures.at(-1)?.median));
    } catch (e) {
      figures.push(errorFigure(SCENARIO, `auto-map ${TENANTS} tenants vs ${n}`, e));
    }
  }
  return figures;
}

// The mapping page's "refresh customers" action: the app's customer cache reloaded from every page.
async function loadAll(ctx: BenchContext, n: number): Promise<Figure> {
  await ctx.sandbox.generate({ customers: n, subscriptions: 0 });
  const id = findActionId(ctx.distDir, 'settings/mappings/actions', 'refreshCustomersAction');
  const url = `${ctx.appOrigin}/settings/mappings`;
  const load = async () => {
    const r = await callAction(url, id, ctx.session.cookie, [{}]);
    if (r.status !== 200 || !r.text.includes(`"count":${n}`)) throw new Error(`mappings.refreshCustomers answered ${r.status}: ${r.text.slice(0, 160)}`);
  };
  await ctx.sandbox.resetCounters();
  await load();
  const calls = (await ctx.sandbox.counters()).total;
  const times = await timeRuns(ctx.runs, load);
  const pages = Math.ceil(n / PAGE);
  const floor = ctx.latencyMs * (1 + Math.ceil((pages - 1) / ctx.pool));
  const ratio = floor > 0 ? round(median(times) / floor, 2) : undefined;
  return {
    scenario: SCENARIO,
    label: `all customers, ${n.toLocaleString('en-US')}`,
    unit: 'ms',
    median: round(median(times)),
    p95: round(p95(times)),
    floor,
    ratio,
    calls,
    minCalls: pages,
    target: 'ratio <= 1.2',
    met: ratio !== undefined && ratio <= 1.2,
    note: 'server action mappings.refreshCustomers over HTTP (reloads the app customer cache)',
  };
}

// Pure computation: the same customers the sandbox generated, 3,000 tenants matched by externalId or name.
function autoMap(ctx: BenchContext, n: number, loadMedian: number | undefined): Figure {
  const customers: MatchCustomer[] = generateWorld({ customers: n, subscriptions: 0 }, Date.now()).customers.map((c) => ({
    id: c.id,
    name: c.name,
    status: c.status,
    externalId: c.externalId,
  }));
  const tenants: MatchTenant[] = Array.from({ length: TENANTS }, (_, k) => {
    const i = (k * 7) % n;
    const hex = k.toString(16).padStart(12, '0');
    // A third carry the customer's externalId, a third its name, a third match nothing.
    const tenantId = k % 3 === 0 && i % 3 === 0 ? generatedExternalId(i) : `0000a770-0000-4000-8000-${hex}`;
    const displayName = k % 3 === 2 ? `Unrelated Tenant ${k}` : customers[i]!.name.toUpperCase();
    return { tenantId, displayName, defaultDomain: `tenant${k}.onmicrosoft.com` };
  });
  let proposals = 0;
  const times: number[] = [];
  for (let r = 0; r < ctx.runs; r++) {
    const start = performance.now();
    const out = proposeMappings({ tenants, customers, evidence: externalIdEvidence(customers), mappedTenantIds: new Set() });
    times.push(since(start));
    proposals = out.proposals.length;
  }
  const total = loadMedian === undefined ? '' : `; with the load: ${round(loadMedian + median(times))} ms (sum of medians)`;
  return {
    scenario: SCENARIO,
    label: `auto-map ${TENANTS.toLocaleString('en-US')} tenants vs ${n.toLocaleString('en-US')}`,
    unit: 'ms',
    median: round(median(times), 2),
    p95: round(p95(times), 2),
    note: `pure proposeMappings (lib/mapping/match.ts), in the bench process: ${proposals} proposals${total}`,
  };
}
