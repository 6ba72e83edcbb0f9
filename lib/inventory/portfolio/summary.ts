import 'server-only';
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

function inventoryFrom() {
  return getDb()
    .select({ bucket: termBucketSql, n: sql<number>`count(*)` })
    .from(s)
    .leftJoin(tenants, eq(tenants.tenantId, s.tenantId));
}

export function renewalCounts(days: number, now: number): RenewalCounts {
  const rows = inventoryFrom()
    .where(subscriptionWhere({ ...ACTIVE, renewalWithinDays: days }, now))
    .groupBy(termBucketSql)
    .all();
  const byTerm = Object.fromEntries(termBuckets.map((b) => [b, rows.find((r) => r.bucket === b)?.n ?? 0])) as Record<TermBucket, number>;
  return { days, byTerm };
}

export function windowCounts(hours: number, now: number): WindowCounts {
  const row = getDb()
    .select({ n: sql<number>`count(*)`, seats: sql<number>`coalesce(sum(${windowSeatsSql(now, now + hours * 3_600_000)}), 0)` })
    .from(s)
    .leftJoin(tenants, eq(tenants.tenantId, s.tenantId))
    .where(subscriptionWhere({ windowClosingHours: hours }, now))
    .get();
  return { hours, subscriptions: row?.n ?? 0, seats: row?.seats ?? 0 };
}

export function unmappedTenantCount(): number {
  return (
    getDb()
      .select({ n: sql<number>`count(*)` })
      .from(tenants)
      .leftJoin(tenantMappings, eq(tenantMappings.tenantId, tenants.tenantId))
      .where(isNull(tenantMappings.id))
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

export function portfolioSummary(opts: { withCost: boolean; now?: number }): PortfolioSummary {
  const now = opts.now ?? Date.now();
  const orders = listPortfolioOrdersAll({ state: 'open' }, now).length;
  const failed = listPortfolioOrdersAll({ state: 'failed', days: 7 }, now).length;
  return {
    recurring: subscriptionTotals(ACTIVE, now, opts.withCost),
    renewals: RENEWAL_DAYS.map((d) => renewalCounts(d, now)),
    windows: WINDOW_HOURS.map((h) => windowCounts(h, now)),
    ordersInProgress: orders,
    ordersFailed7d: failed,
    tenantsUnmapped: unmappedTenantCount(),
    sync: syncHealth(),
  };
}

/** The dashboard's data at one moment: the summary and the chart's main series. */
export function dashboardData(withCost: boolean, now = Date.now()) {
  const summary = portfolioSummary({ withCost, now });
  const history = portfolioHistory(now)[0] ?? { currency: summary.recurring[0]?.currency ?? null, points: [] };
  return { summary, history };
}
