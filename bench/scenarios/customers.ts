// Scenario 3: every customer for the mapping page (500 / 10,000 / 50,000), and auto-mapping 3,000 tenants.
import path from 'node:path';
import type { BenchContext } from '../lib/context';
import { errorFigure, round, type Figure } from '../lib/figures';
import { runServerScript } from '../lib/processes';
import { median, p95 } from '../lib/stats';

const SCENARIO = '3 Customers for mapping';
const SIZES = [500, 10_000, 50_000];
const PAGE = 500; // Ingram's largest page, which the client asks for

export async function customersForMapping(ctx: BenchContext): Promise<Figure[]> {
  const figures: Figure[] = [];
  for (const n of SIZES) {
    try {
      await ctx.sandbox.generate({ customers: n, subscriptions: 0 });
      const r = await runServerScript<{ times: number[]; count: number; calls: number }>(path.join('bench', 'probe.ts'), {
        op: 'customers',
        origin: ctx.sandbox.origin,
        pool: ctx.pool,
        runs: ctx.runs,
      });
      if (r.count !== n) throw new Error(`the client returned ${r.count} customers, expected ${n}`);
      const pages = Math.ceil(n / PAGE);
      const floor = ctx.latencyMs * (1 + Math.ceil((pages - 1) / ctx.pool));
      const ratio = floor > 0 ? round(median(r.times) / floor, 2) : undefined;
      figures.push({
        scenario: SCENARIO,
        label: `all customers, ${n.toLocaleString('en-US')}`,
        unit: 'ms',
        median: round(median(r.times)),
        p95: round(p95(r.times)),
        floor,
        ratio,
        calls: r.calls,
        minCalls: pages,
        target: 'ratio <= 1.3',
        met: ratio === undefined ? undefined : ratio <= 1.3,
        note: 'client level (lib/ingram listCustomers over HTTP): the mapping page has no GET route to time',
      });
    } catch (e) {
      figures.push(errorFigure(SCENARIO, `all customers, ${n}`, e));
    }
  }
  return figures;
}
