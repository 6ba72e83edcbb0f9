// Scenario 5: with L = 0, license data for 20 tenants under 20 concurrent users, against the
// sandbox's own throughput for the same upstream calls, measured in the same run.
import { benchTenant, type BenchTenant } from '../lib/app-db';
import { fetchLicenses, requireLicenses, type BenchContext } from '../lib/context';
import { errorFigure, round, type Figure } from '../lib/figures';
import type { Counters } from '../lib/sandbox-control';
import { p95, since } from '../lib/stats';

const SCENARIO = '5 App overhead (L=0)';
const TENANTS = 20;
const USERS = 20;
const PER_CUSTOMER = 5;
const DURATION_MS = 8_000;

type Load = { done: number; seconds: number; latencies: number[] };

const CEILINGS = [
  { path: '/api/auth/session', label: 'app: Auth.js session/s', note: "GET /api/auth/session: Next and Auth.js reading the session cookie, nothing of the app's own" },
  {
    path: '/api/inventory/sync',
    label: 'app: no-upstream route/s',
    note: 'GET /api/inventory/sync (session, user and role reads, the route factory, a few SQLite reads, no upstream call): the ceiling of any authenticated route in this app',
  },
];

/** `USERS` loops, each sending its next request as soon as the last one finished, for DURATION_MS. */
async function closedLoop(one: (i: number) => Promise<void>): Promise<Load> {
  const latencies: number[] = [];
  const start = performance.now();
  const end = start + DURATION_MS;
  await Promise.all(
    Array.from({ length: USERS }, async (_, user) => {
      for (let i = user; performance.now() < end; i += USERS) {
        const t = performance.now();
        await one(i);
        latencies.push(since(t));
      }
    }),
  );
  return { done: latencies.length, seconds: (performance.now() - start) / 1000, latencies };
}

export async function appOverhead(ctx: BenchContext): Promise<Figure[]> {
  try {
    await ctx.sandbox.latency(0);
    await ctx.sandbox.generate({ customers: TENANTS, subscriptionsPerCustomer: PER_CUSTOMER });
    const tenants: BenchTenant[] = [];
    for (let i = 0; i < TENANTS; i++) {
      const t = benchTenant('Load', i + 1);
      ctx.db.mapTenant(t, String(1_000_001 + i), `Generated customer ${i + 1}`);
      await requireLicenses(ctx, t);
      tenants.push(t);
    }

    await ctx.sandbox.resetCounters();
    const app = await closedLoop(async (i) => {
      const r = await fetchLicenses(ctx, tenants[i % TENANTS]!);
      if (r.status !== 200) throw new Error(`license route answered ${r.status}`);
    });
    const appCounters = await ctx.sandbox.counters();

    // The app's own ceilings: the same users on signed-in routes that make no upstream call.
    const ceilings: Array<(typeof CEILINGS)[number] & { load: Load }> = [];
    for (const c of CEILINGS) ceilings.push({ ...c, load: await signedInLoad(ctx, c.path) });

    const direct = await directLoad(ctx, appCounters, app.done);
    const appRps = app.done / app.seconds;
    const sandboxRps = direct.load.done / direct.load.seconds;
    const ratio = round(appRps / sandboxRps, 2);
    return [
      {
        scenario: SCENARIO,
        label: 'app: license requests/s',
        unit: 'req/s',
        median: round(appRps),
        p95: round(p95(app.latencies)),
        ratio,
        calls: round(appCounters.total / app.done, 1),
        target: '>= 0.5 x sandbox',
        met: ratio !== undefined && ratio >= 0.5,
        note: `${USERS} users, ${TENANTS} tenants, ${DURATION_MS / 1000} s; p95 column = p95 latency in ms; calls = upstream calls per request`,
      },
      ...ceilings.map(({ label, note, load }): Figure => {
        const rps = load.done / load.seconds;
        return { scenario: SCENARIO, label, unit: 'req/s', median: round(rps), p95: round(p95(load.latencies)), ratio: round(rps / sandboxRps, 2), note };
      }),
      {
        scenario: SCENARIO,
        label: 'sandbox: same calls/s',
        unit: 'req/s',
        median: round(sandboxRps),
        p95: round(p95(direct.load.latencies)),
        calls: round(direct.callsPerChain, 1),
        note: `each request = the upstream calls one app request made (${direct.describe}); ${round(direct.upstreamPerSecond)} upstream calls/s`,
      },
    ];
  } catch (e) {
    return [errorFigure(SCENARIO, 'app overhead', e)];
  } finally {
    await ctx.sandbox.latency(ctx.latencyMs).catch(() => undefined);
  }
}

/** `USERS` signed-in users asking for `path` in a closed loop. */
function signedInLoad(ctx: BenchContext, path: string): Promise<Load> {
  return closedLoop(async () => {
    const r = await fetch(`${ctx.appOrigin}${path}`, { headers: { cookie: ctx.session.cookie, accept: 'application/json' } });
    await r.text();
    if (r.status !== 200) throw new Error(`GET ${path} answered ${r.status}`);
  });
}

// The same upstream calls straight to the sandbox: the subscription list, the details of the live
// rows at the client's pool size, plus whatever other lists the app made per request (e.g. orders).
async function directLoad(ctx: BenchContext, appCounters: Counters, appRequests: number) {
  const token = await ctx.sandbox.token();
  const base = ctx.sandbox.baseUrl;
  const get = async (path: string) => {
    const res = await fetch(`${base}${path}`, { headers: { authorization: `Bearer ${token}`, 'x-subscription-key': '5d1c0e8a9b2f4c6d8e0a1b3c5d7e9f10' } });
    if (!res.ok) throw new Error(`sandbox GET ${path}: ${res.status}`);
    return res.json() as Promise<{ data?: Array<{ id: string; status?: string }> }>;
  };
  const perRequest = (route: string) => Math.round((appCounters.byRoute[route] ?? 0) / appRequests);
  const extras = Object.keys(appCounters.byRoute).filter((r) => r.startsWith('GET ') && r !== 'GET /subscriptions' && r !== 'GET /subscriptions/{id}');
  const extraPaths = (customerId: string) =>
    extras.flatMap((r) => Array.from({ length: perRequest(r) }, () => r.slice(4).replace('{id}', customerId) + (r.endsWith('{id}') ? '' : `?customerId=${customerId}`)));
  let upstream = 0;
  await get('/resellers'); // keep-alive sockets warm, as the app's are
  const load = await closedLoop(async (i) => {
    const customerId = String(1_000_001 + (i % TENANTS));
    const [list] = await Promise.all([get(`/subscriptions?customerId=${customerId}&offset=0&limit=500`), ...extraPaths(customerId).map(get)]);
    const live = (list.data ?? []).filter((s) => s.status !== 'terminated' && s.status !== 'removed');
    let next = 0;
    const worker = async () => {
      while (next < live.length) await get(`/subscriptions/${live[next++]!.id}`);
    };
    await Promise.all(Array.from({ length: Math.min(ctx.pool, live.length) }, worker));
    upstream += 1 + extraPaths(customerId).length + live.length;
  });
  const describe = ['list', 'details', ...extras.map((r) => `${perRequest(r)} x ${r}`)].join(' + ');
  return { load, callsPerChain: upstream / load.done, upstreamPerSecond: upstream / load.seconds, describe };
}
