// What every scenario gets: the running app and sandbox, the session, the DB, and the run's settings.
import type { AppDb, BenchTenant } from './app-db';
import type { Session } from './browser';
import type { SandboxControl } from './sandbox-control';

export type BenchContext = {
  latencyMs: number;
  runs: number;
  /** The client's detail pool (INGRAM_CONCURRENCY): the floors use the same number. */
  pool: number;
  appOrigin: string;
  distDir: string;
  sandbox: SandboxControl;
  db: AppDb;
  session: Session;
};

/** GET the license data of a tenant as the browser refetches it; resolves when the body is complete. */
export async function fetchLicenses(ctx: BenchContext, tenant: BenchTenant): Promise<{ status: number; rows: number; text: string }> {
  const res = await fetch(licensesUrl(ctx, tenant), { headers: { cookie: ctx.session.cookie, accept: 'application/json' } });
  const text = await res.text();
  let rows = -1;
  try {
    const body = JSON.parse(text) as { rows?: unknown[] };
    rows = Array.isArray(body.rows) ? body.rows.length : -1;
  } catch {
    // not JSON: the status says what went wrong
  }
  return { status: res.status, rows, text };
}

export const licensesUrl = (ctx: BenchContext, tenant: BenchTenant) => `${ctx.appOrigin}/api/tenants/${encodeURIComponent(tenant.tenantId)}/licenses`;

/** Fetches once and throws with the app's own words when the route is missing or refuses. */
export async function requireLicenses(ctx: BenchContext, tenant: BenchTenant, expectRows?: number): Promise<void> {
  const r = await fetchLicenses(ctx, tenant);
  if (r.status === 404 && r.text.startsWith('<')) throw new Error(`no license route in this build: GET ${new URL(licensesUrl(ctx, tenant)).pathname} is a 404 page`);
  if (r.status !== 200) throw new Error(`license route answered ${r.status}: ${r.text.slice(0, 160)}`);
  if (expectRows !== undefined && r.rows !== expectRows) throw new Error(`license route returned ${r.rows} rows, expected ${expectRows}`);
}
