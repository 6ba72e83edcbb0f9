import 'server-only';
// Seats and monthly spend per day over the last 90 days, from the daily snapshots.
import { and, gte, sql } from 'drizzle-orm';
import { getDb } from '@/db';
import { inventorySnapshots as snap } from '@/db/schema';
import { allTenants, type TenantScope } from '@/lib/auth/tenant-scope';
import { tenantScopeCondition } from '@/lib/auth/tenant-scope-sql';

import type { HistoryPoint, PortfolioHistory } from './history-types';

const DAY_MS = 86_400_000;

/** One series per currency (the biggest first); a day without snapshots is left out. */
export function portfolioHistory(now = Date.now(), days = 90, scope: TenantScope = allTenants): PortfolioHistory[] {
  const from = new Date(now - days * DAY_MS).toISOString().slice(0, 10);
  const rows = getDb()
    .select({
      day: snap.day,
      currency: snap.currency,
      seats: sql<number>`coalesce(sum(${snap.quantity}), 0)`,
      spend: sql<number>`coalesce(sum(cast(${snap.totalPrice} as real) / coalesce(nullif(${snap.billingMonths}, 0), 1)), 0)`,
    })
    .from(snap)
    .where(and(gte(snap.day, from), sql`${snap.status} = 'active'`, tenantScopeCondition(scope, snap.tenantId)))
    .groupBy(snap.day, snap.currency)
    .orderBy(snap.day)
    .all();
  const series = new Map<string | null, HistoryPoint[]>();
  for (const r of rows) {
    const points = series.get(r.currency) ?? [];
    points.push({ day: r.day, seats: r.seats, monthlySpend: Math.round(r.spend * 100) / 100 });
    series.set(r.currency, points);
  }
  return [...series].map(([currency, points]) => ({ currency, points })).sort((a, b) => b.points.length - a.points.length);
}
