import 'server-only';
// All Tenants: every mapped tenant's subscriptions from the inventory, one page at a time,
// filtered and sorted in SQL, with the filtered rows' totals per currency from one GROUP BY.
import { asc, desc, eq, sql, type AnyColumn, type SQL } from 'drizzle-orm';
import { getDb } from '@/db';
import { inventorySubscriptions as s, inventoryUsage as u, tenants } from '@/db/schema';
import { costSortFields, type SubscriptionFilter, type SubscriptionPageQuery, type SubscriptionSortField } from '../filter';
import type { CurrencyTotals, PortfolioPage, PortfolioSubscription } from '../types';
import { monthlyCostSql, monthlyMarginSql, monthlyPriceSql, subscriptionWhere, unusedSeatsSql } from './sql';
import { usageMissingFor } from '../usage-view';

const round2 = (n: number | null | undefined) => (n === null || n === undefined ? null : Math.round(n * 100) / 100);

const baseColumns = {
  id: s.id,
  tenantId: s.tenantId,
  tenantName: sql<string>`coalesce(${tenants.displayName}, ${s.tenantId})`,
  tenantDomain: tenants.defaultDomain,
  customerId: s.customerId,
  vendorSubscriptionId: s.vendorSubscriptionId,
  productName: s.productName,
  mpn: s.mpn,
  quantity: s.quantity,
  status: s.status,
  subscriptionPeriod: s.subscriptionPeriod,
  billingPeriod: s.billingPeriod,
  unitPrice: s.unitPrice,
  totalPrice: s.totalPrice,
  monthlyPrice: monthlyPriceSql,
  currency: s.currency,
  renewalDate: s.renewalDate,
  expirationDate: s.expirationDate,
  autoRenew: s.autoRenew,
  windowClosesAt: s.windowClosesAt,
  lastSeenAt: s.lastSeenAt,
  assigned: u.assignedSeats,
  unused: unusedSeatsSql,
  microsoftSeats: u.microsoftSeats,
  otherSourceSeats: u.otherSourceSeats,
};
const costColumns = { unitCost: s.unitCost, monthlyCost: monthlyCostSql, monthlyMargin: monthlyMarginSql };

const sortColumn: Record<SubscriptionSortField, AnyColumn | SQL> = {
  tenant: sql`coalesce(${tenants.displayName}, ${s.tenantId})`,
  productName: s.productName,
  mpn: s.mpn,
  quantity: s.quantity,
  status: s.status,
  renewalDate: s.renewalDate,
  unitPrice: sql`cast(${s.unitPrice} as real)`,
  monthlyPrice: monthlyPriceSql,
  unitCost: sql`cast(${s.unitCost} as real)`,
  monthlyCost: monthlyCostSql,
  monthlyMargin: monthlyMarginSql,
  assigned: u.assignedSeats,
  unused: unusedSeatsSql,
};

type Row = { [K in keyof typeof baseColumns]: unknown } & Partial<Record<keyof typeof costColumns, unknown>>;

/** The browser's row: chosen columns, ISO times, and the cost keys only when permitted. */
function toDto(r: Row, withCost: boolean): PortfolioSubscription {
  const dto: PortfolioSubscription = {
    ...(r as unknown as PortfolioSubscription),
    monthlyPrice: round2(r.monthlyPrice as number | null),
    windowClosesAt: r.windowClosesAt ? (r.windowClosesAt as Date).toISOString() : null,
    lastSeenAt: (r.lastSeenAt as Date).toISOString(),
  };
  if (withCost) Object.assign(dto, { unitCost: r.unitCost ?? null, monthlyCost: round2(r.monthlyCost as number | null), monthlyMargin: round2(r.monthlyMargin as number | null) });
  return dto;
}

function selectRows(withCost: boolean) {
  return getDb()
    .select({ ...baseColumns, ...(withCost ? costColumns : {}) })
    .from(s)
    .leftJoin(tenants, eq(tenants.tenantId, s.tenantId))
    .leftJoin(u, eq(u.subscriptionId, s.id));
}

function orderBy(sort: SubscriptionSortField, dir: 'asc' | 'desc', withCost: boolean): SQL[] {
  const field = !withCost && costSortFields.includes(sort) ? 'productName' : sort;
  const by = dir === 'desc' ? desc : asc;
  // The id breaks ties, so pages never overlap.
  return [by(sortColumn[field]), asc(s.productName), asc(s.id)];
}

/** Totals of the filtered rows per currency, money per month. */
export function subscriptionTotals(filter: SubscriptionFilter, now: number, withCost: boolean): CurrencyTotals[] {
  return totalsWithAsOf(filter, now, withCost).totals;
}

function totalsWithAsOf(filter: SubscriptionFilter, now: number, withCost: boolean): { totals: CurrencyTotals[]; asOf: Date | null } {
  const base = getDb()
    .select({
      currency: s.currency,
      subscriptions: sql<number>`count(*)`,
      seats: sql<number>`coalesce(sum(${s.quantity}), 0)`,
      monthlyPrice: sql<number>`coalesce(sum(${monthlyPriceSql}), 0)`,
      monthlyCost: sql<number>`coalesce(sum(${monthlyCostSql}), 0)`,
      lastSeenAt: sql<number | null>`max(${s.lastSeenAt})`,
    })
    .from(s);
  // The tenants join only when the tenant filter reads its name: the sums need no other column of it.
  const joined = filter.tenant ? base.leftJoin(tenants, eq(tenants.tenantId, s.tenantId)) : base;
  const rows = joined
    .where(subscriptionWhere(filter, now))
    .groupBy(s.currency)
    .orderBy(sql`count(*) desc`)
    .all();
  const newest = Math.max(0, ...rows.map((r) => r.lastSeenAt ?? 0));
  const totals = rows.map(({ currency, subscriptions, seats, monthlyPrice, monthlyCost }) => ({
    currency,
    subscriptions,
    seats,
    monthlyPrice: round2(monthlyPrice)!,
    ...(withCost && { monthlyCost: round2(monthlyCost)!, monthlyMargin: round2(monthlyPrice - monthlyCost)! }),
  }));
  return { totals, asOf: newest ? new Date(newest) : null };
}

/** One page of the filtered rows, the filtered total, totals per currency and the newest sync time. */
export function listPortfolioSubscriptions(q: SubscriptionPageQuery & Pick<SubscriptionFilter, 'scope'>, opts: { withCost: boolean; now?: number }): PortfolioPage {
  const now = opts.now ?? Date.now();
  const rows = selectRows(opts.withCost)
    .where(subscriptionWhere(q, now))
    .orderBy(...orderBy(q.sort, q.dir, opts.withCost))
    .limit(q.pageSize)
    .offset(q.page * q.pageSize)
    .all();
  const { totals, asOf } = totalsWithAsOf(q, now, opts.withCost);
  return {
    rows: rows.map((r) => toDto(r as Row, opts.withCost)),
    total: totals.reduce((n, t) => n + t.subscriptions, 0),
    totals,
    withCost: opts.withCost,
    asOf: asOf ? asOf.toISOString() : null,
    usageMissing: usageMissingFor(q.scope),
  };
}

/** Every filtered row (an export), in the page's order. */
export function listAllPortfolioSubscriptions(filter: SubscriptionFilter & Pick<SubscriptionPageQuery, 'sort' | 'dir'>, opts: { withCost: boolean; now?: number }): PortfolioSubscription[] {
  const now = opts.now ?? Date.now();
  const rows = selectRows(opts.withCost)
    .where(subscriptionWhere(filter, now))
    .orderBy(...orderBy(filter.sort, filter.dir, opts.withCost))
    .all();
  return rows.map((r) => toDto(r as Row, opts.withCost));
}
