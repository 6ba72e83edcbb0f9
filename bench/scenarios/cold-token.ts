// Scenario 2: 100 concurrent requests for license data with no cached token.
import { benchTenant } from '../lib/app-db';
import { fetchLicenses, requireLicenses, type BenchContext } from '../lib/context';
import { errorFigure, round, type Figure } from '../lib/figures';
import { calls } from '../lib/sandbox-control';
import { median, p95, since } from '../lib/stats';

const SCENARIO = '2 Cold token, 100 concurrent';
const CONCURRENT = 100;
const SUBSCRIPTIONS = 5;
const OTHER_CUSTOMERS = 20;

export async function coldToken(ctx: BenchContext): Promise<Figure[]> {
  try {
    const name = 'Bench Cold Token Ltd';
    await ctx.sandbox.generate({ customers: OTHER_CUSTOMERS, subscriptionsPerCustomer: 3, tenantCustomer: { name, subscriptions: SUBSCRIPTIONS } });
    const tenant = benchTenant('Cold', 1);
    ctx.db.mapTenant(tenant, String(1_000_001 + OTHER_CUSTOMERS), name);
    await requireLicenses(ctx, tenant, SUBSCRIPTIONS);

    const times: number[] = [];
    const tokenCalls: number[] = [];
    let upstream = 0;
    const runs = Math.max(1, Math.min(ctx.runs, 3));
    for (let i = 0; i < runs; i++) {
      ctx.db.clearToken();
      await ctx.sandbox.resetCounters();
      const start = performance.now();
      const answers = await Promise.all(Array.from({ length: CONCURRENT }, () => fetchLicenses(ctx, tenant)));
      times.push(since(start));
      const bad = answers.filter((a) => a.status !== 200 || a.rows !== SUBSCRIPTIONS);
      if (bad.length > 0) throw new Error(`${bad.length} of ${CONCURRENT} requests failed, e.g. ${bad[0]!.status} ${bad[0]!.text.slice(0, 120)}`);
      const c = await ctx.sandbox.counters();
      tokenCalls.push(calls(c, 'POST /token'));
      upstream = Math.max(upstream, c.total);
    }
    // Token, then the list, then one round of details (5 <= pool): three latencies at best.
    const floor = ctx.latencyMs * (2 + Math.ceil(SUBSCRIPTIONS / ctx.pool));
    const maxTokens = Math.max(...tokenCalls);
    return [
      {
        scenario: SCENARIO,
        label: `token calls (${runs} runs)`,
        unit: 'calls',
        median: median(tokenCalls),
        p95: maxTokens,
        calls: maxTokens,
        minCalls: 1,
        target: 'exactly 1 token call',
        met: tokenCalls.every((t) => t === 1),
        note: `p95 column shows the worst run`,
      },
      {
        scenario: SCENARIO,
        label: 'time for all 100',
        unit: 'ms',
        median: round(median(times)),
        p95: round(p95(times)),
        floor,
        ratio: floor > 0 ? round(median(times) / floor, 2) : undefined,
        calls: upstream,
        minCalls: 1 + CONCURRENT * (2 + SUBSCRIPTIONS),
        note: 'min calls = 1 token + 100 x (subscriptions list + 5 details + orders list); nothing shared between requests but the token',
      },
    ];
  } catch (e) {
    return [errorFigure(SCENARIO, 'cold token', e)];
  }
}
