import 'server-only';
import { allTenants, type TenantScope } from '@/lib/auth/tenant-scope';
import { tenantScopeCondition } from '@/lib/auth/tenant-scope-sql';
// The portfolio dashboard's numbers, each from the same filter its tile links to, so a tile's
// number and the list behind it always agree.
import { and, desc, eq, gt, isNotNull, isNull, or, sql } from 'drizzle-orm';
import { getDb } from '@/db';
import { inventorySubscriptions as s, syncRuns, syncTenantState, tenantMappings, tenants } from '@/db/schema';
import { termBuckets, type SubscriptionFilter, type TermBucket } from '../filter';
import type { CurrencyTotals } from '../types';
import { portfolioHistory } from './history';
import { listPortfolioOrdersAll } from './orders';
import { subscriptionTotals } from './subscriptions';
import { subscriptionWhere, termBucketSql, windowSeatsSql } from './sql';

export const RENEWAL_DAYS = [30, 60, 90] as const;
export const WINDOW_HOURS = [24, 72] as const;
export const ACTIVE: SubscriptionFilter = { status: 'active' };

export type RenewalCounts = { days: number; byTerm: Record<TermBucket, number> };
export type WindowCounts = { hours: number; subscriptions: number; seats: number };
export type SyncHealth = { lastRun: { status: string; kind: string; startedAt: string; finishedAt: string | null; tenantsFailed: number } | null; failingTenants: number };
export type PortfolioSummary = {
  recurring: CurrencyTotals[];
  renewals: RenewalCounts[];
  windows: WindowCounts[];
  ordersInProgress: number;
  ordersFailed7d: number;
  tenantsUnmapped: number;
  sync: SyncHealth;
};

const DAY_MS = 86_400_000;
const dayAfter = (now: number, days: number) => new Date(now + (days + 1) * DAY_MS).toISOString().slice(0, 10);

/** Renewals within each of RENEWAL_DAYS per term bucket, in one scan (the widest range, counted per day limit). */
export function renewalCounts(now: number, scope?: TenantScope): RenewalCounts[] {
  const widest = Math.max(...RENEWAL_DAYS);
  const within = (days: number) => sql<number>`sum(case when ${s.renewalDate} < ${dayAfter(now, days)} then 1 else 0 end)`;
  const rows = getDb()
    .select({ bucket: termBucketSql, ...Object.fromEntries(RENEWAL_DAYS.map((d) => [`d${d}`, within(d)])) })
    .from(s)
    .where(subscriptionWhere({ ...ACTIVE, renewalWithinDays: widest, scope }, now))
    .groupBy(termBucketSql)
    .all() as Array<{ bucket: TermBucket | null } & Record<string, number>>;
  return RENEWAL_DAYS.map((days) => ({ days, byTerm: Object.fromEntries(termBuckets.map((b) => [b, rows.find((r) => r.bucket === b)?.[`d${days}`] ?? 0])) as Record<TermBucket, number> }));
}

/** Subscriptions and seats whose NCE window closes within each of WINDOW_HOURS, in one scan. */
export function windowCounts(now: number, scope?: TenantScope): WindowCounts[] {
  const widest = Math.max(...WINDOW_HOURS);
  const seats = (h: number) => windowSeatsSql(now, now + h * 3_600_000);
  const row = getDb()
    .select(
      Object.fromEntries(
        WINDOW_HOURS.flatMap((h) => [
          [`n${h}`, sql<number>`sum(case when ${seats(h)} > 0 then 1 else 0 end)`],
          [`s${h}`, sql<number>`coalesce(sum(${seats(h)}), 0)`],
        ]),
      ),
    )
    .from(s)
    .where(subscriptionWhere({ windowClosingHours: widest, scope }, now))
    .get() as Record<string, number | null> | undefined;
  return WINDOW_HOURS.map((hours) => ({ hours, subscriptions: row?.[`n${hours}`] ?? 0, seats: row?.[`s${hours}`] ?? 0 }));
}

export function unmappedTenantCount(scope: TenantScope = allTenants): number {
  return (
    getDb()
      .select({ n: sql<number>`count(*)` })
      .from(tenants)
      .leftJoin(tenantMappings, eq(tenantMappings.tenantId, tenants.tenantId))
      .where(and(isNull(tenantMappings.id), tenantScopeCondition(scope, tenants.tenantId)))
      .get()?.n ?? 0
  );
}

export function syncHealth(): SyncHealth {
  const run = getDb().select().from(syncRuns).orderBy(desc(syncRuns.startedAt)).limit(1).get();
  // Failing: the last error is newer than the last success (or there never was one).
  const failing =
    getDb()
      .select({ n: sql<number>`count(*)` })
      .from(syncTenantState)
      .where(and(isNotNull(syncTenantState.errorAt), or(isNull(syncTenantState.lastSuccessAt), gt(syncTenantState.errorAt, syncTenantState.lastSuccessAt))))
      .get()?.n ?? 0;
  return {
    lastRun: run ? { status: run.status, kind: run.kind, startedAt: run.startedAt.toISOString(), finishedAt: run.finishedAt?.toISOString() ?? null, tenantsFailed: run.tenantsFailed } : null,
    failingTenants: failing,
  };
}

export function portfolioSummary(opts: { withCost: boolean; now?: number; scope?: TenantScope }): PortfolioSummary {
  const now = opts.now ?? Date.now();
  const scope = opts.scope;
  const orders = listPortfolioOrdersAll({ state: 'open', scope }, now).length;
  const failed = listPortfolioOrdersAll({ state: 'failed', days: 7, scope }, now).length;
  return {
    recurring: subscriptionTotals({ ...ACTIVE, scope }, now, opts.withCost),
    renewals: renewalCounts(now, scope),
    windows: windowCounts(now, scope),
    ordersInProgress: orders,
    ordersFailed7d: failed,
    tenantsUnmapped: unmappedTenantCount(scope),
    sync: syncHealth(),
  };
}

/** The dashboard's data at one moment: the summary and the chart's main series. */
/** The dashboard's figures for the viewer's tenants (`scope`), at one moment. */
export function dashboardData(withCost: boolean, now = Date.now(), scope: TenantScope = allTenants) {
  const summary = portfolioSummary({ withCost, now, scope });
  const history = portfolioHistory(now, 90, scope)[0] ?? { currency: summary.recurring[0]?.currency ?? null, points: [] };
  return { summary, history };
}
