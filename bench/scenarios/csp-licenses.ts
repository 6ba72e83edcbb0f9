// Scenario 1: CSP Licenses with a warm token, 5/40/200 subscriptions, at the server and in Chromium.
import { benchTenant } from '../lib/app-db';
import { fetchLicenses, requireLicenses, type BenchContext } from '../lib/context';
import { errorFigure, round, type Figure } from '../lib/figures';
import { median, p95, since, timeRuns } from '../lib/stats';
import { footer, footerWatch, harnessFloor, inAppRuns } from './csp-licenses-browser';
import { paintedAt, watchPaint } from '../lib/painted';

const SCENARIO = '1 CSP Licenses (warm token)';
const SIZES = [5, 40, 200];
const OTHER_CUSTOMERS = 20;
const BROWSER_RUNS = 3;

export async function cspLicenses(ctx: BenchContext): Promise<Figure[]> {
  const figures: Figure[] = [];
  try {
    figures.push(await harnessFloor(ctx, SCENARIO, BROWSER_RUNS));
  } catch (e) {
    figures.push(errorFigure(SCENARIO, 'browser floor', e));
  }
  for (const n of SIZES) {
    try {
      figures.push(...(await oneSize(ctx, n)));
    } catch (e) {
      figures.push(errorFigure(SCENARIO, `N=${n}`, e));
    }
  }
  return figures;
}

async function oneSize(ctx: BenchContext, n: number): Promise<Figure[]> {
  const L = ctx.latencyMs;
  const name = `Bench Licenses ${n} Ltd`;
  // The tenant customer is the last one generated: index OTHER_CUSTOMERS.
  await ctx.sandbox.generate({ customers: OTHER_CUSTOMERS, subscriptionsPerCustomer: 3, tenantCustomer: { name, subscriptions: n } });
  const tenant = benchTenant('Licenses', n);
  ctx.db.mapTenant(tenant, String(1_000_001 + OTHER_CUSTOMERS), name);
  await requireLicenses(ctx, tenant, n); // warms the token and checks the route answers all N rows

  await ctx.sandbox.resetCounters();
  await fetchLicenses(ctx, tenant);
  const calls = (await ctx.sandbox.counters()).total;

  const server = await timeRuns(ctx.runs, async () => {
    const r = await fetchLicenses(ctx, tenant);
    if (r.status !== 200 || r.rows !== n) throw new Error(`license route: ${r.status}, ${r.rows} rows`);
  });

  const floor = L * (1 + Math.ceil(n / ctx.pool));
  const oneByOne = L * (n + 1);
  // The page also needs the customer's orders (NCE window, in-progress marks): one list, in parallel.
  const ratioOf = (times: number[], of: number) => (of > 0 ? round(median(times) / of, 2) : undefined);
  const serverRatio = ratioOf(server, floor);
  const figures: Figure[] = [
    {
      scenario: SCENARIO,
      label: `server, N=${n}`,
      unit: 'ms',
      median: round(median(server)),
      p95: round(p95(server)),
      floor,
      ratio: serverRatio,
      calls,
      minCalls: 2 + n,
      target: 'ratio <= 1.2',
      met: serverRatio !== undefined && serverRatio <= 1.2,
      note: `GET license route, body complete; one-by-one details would be >= ${oneByOne} ms`,
    },
  ];

  try {
    // The static page: the inventory holds the rows (the live load above wrote them) and they are fresh.
    ctx.db.setStaleAfter(86_400);
    const { times: still, harness: stillHarness, htmlEnd: stillHtml } = await browserRuns(ctx, tenant.defaultDomain, n);
    figures.push({
      scenario: SCENARIO,
      label: `browser from the inventory, N=${n}`,
      unit: 'ms',
      median: round(median(still)),
      p95: round(p95(still)),
      target: 'median <= 300',
      met: median(still) <= 300,
      note: `Chromium, warm browser cache, inventory fresh (the static page, no upstream call): on the page's clock, from the navigation's start to the frame drawn after the grid footer counts all N rows; HTML complete at ${round(median(stillHtml))} ms; timed from the bench process ${round(median(stillHarness))} ms`,
    });
    // What a technician does: from the dashboard, the rail's CSP Licenses link (a client navigation). No target of its own.
    const inApp = await inAppRuns(ctx, tenant.defaultDomain, n, Math.min(ctx.runs, BROWSER_RUNS));
    figures.push({
      scenario: SCENARIO,
      label: `browser in-app from the dashboard, N=${n}`,
      unit: 'ms',
      median: round(median(inApp)),
      p95: round(p95(inApp)),
      note: "Chromium, warm browser cache, inventory fresh: on the dashboard with the tenant selected (loaded, network idle), a click on the rail's CSP Licenses link until the grid footer counts all N rows",
    });
    // Live: the inventory knows nothing of the tenant before each visit, so the rows must come from Ingram.
    const { times: live, harness: liveHarness, htmlEnd: liveHtml } = await browserRuns(ctx, tenant.defaultDomain, n, () => ctx.db.forgetTenantInventory(tenant.tenantId));
    const bound = Math.max(floor, median(still));
    const liveRatio = ratioOf(live, bound);
    figures.push({
      scenario: SCENARIO,
      label: `browser live, N=${n}`,
      unit: 'ms',
      median: round(median(live)),
      p95: round(p95(live)),
      floor: round(bound),
      ratio: liveRatio,
      target: 'ratio <= 1.3',
      met: liveRatio !== undefined && liveRatio <= 1.3,
      note: `Chromium, warm browser cache, nothing in the inventory: on the page's clock, from the navigation's start to the frame drawn after the grid footer counts all N rows; floor = max(round-trip floor ${floor} ms, the static page ${round(median(still))} ms); HTML (with the streamed rows) complete at ${round(median(liveHtml))} ms; timed from the bench process ${round(median(liveHarness))} ms`,
    });
  } catch (e) {
    figures.push(errorFigure(SCENARIO, `browser, N=${n}`, e));
  } finally {
    ctx.db.setStaleAfter(60);
  }
  return figures;
}

// One signed-in tab per run in a warmed context: measures the data path, not the JS download (scenario 6).
/** Each run's time on the page's clock until the footer counting all N rows is drawn, the same timed from the bench process, and when the HTML document had fully arrived (Navigation Timing). */
async function browserRuns(ctx: BenchContext, domain: string, n: number, before?: () => void): Promise<{ times: number[]; harness: number[]; htmlEnd: number[] }> {
  const context = await ctx.session.newContext();
  await watchPaint(context, footerWatch(n));
  try {
    const url = `/tenant/licenses?tenantFilter=${encodeURIComponent(domain)}`;
    const visit = async () => {
      before?.();
      const page = await context.newPage();
      try {
        const start = performance.now();
        await page.goto(url, { waitUntil: 'commit' });
        await footer(page, n).waitFor({ timeout: 60_000 });
        const harness = since(start);
        const painted = await paintedAt(page);
        const end = await page.evaluate(() => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined)?.responseEnd ?? NaN);
        return { painted, harness, end };
      } finally {
        await page.close();
      }
    };
    await visit(); // warm-up: compiles nothing in production, but fills the browser cache
    const times: number[] = [];
    const harness: number[] = [];
    const htmlEnd: number[] = [];
    // A page load costs seconds on a busy 2-core machine: at most 3 browser runs keep the bench under 10 minutes.
    for (let i = 0; i < Math.min(ctx.runs, BROWSER_RUNS); i++) {
      const r = await visit();
      times.push(r.painted);
      harness.push(r.harness);
      htmlEnd.push(r.end);
    }
    return { times, harness, htmlEnd };
  } finally {
    await context.close();
  }
}
