import 'server-only';
// The SQL pieces every portfolio query shares: the filter's WHERE, money per month, window seats.
import { and, eq, gt, isNull, like, or, sql, type SQL } from 'drizzle-orm';
import { inventorySubscriptions as s, inventoryUsage as u, nceWindowLengths, tenants } from '@/db/schema';
import { NCE_WINDOW_MS } from '@/lib/licenses/window';
import { tenantScopeCondition } from '@/lib/auth/tenant-scope-sql';
import type { SubscriptionFilter, TermBucket } from '../filter';

const DAY_MS = 86_400_000;

/** Months in the billing period (a missing or zero value counts as one). */
const billingMonths = sql`coalesce(nullif(${s.billingMonths}, 0), 1)`;

/** What the subscription charges per month: its total per billing period over the period's months. */
export const monthlyPriceSql = sql<number | null>`(coalesce(cast(${s.totalPrice} as real), cast(${s.unitPrice} as real) * coalesce(${s.quantity}, 0)) / ${billingMonths})`;
export const monthlyCostSql = sql<number | null>`(cast(${s.unitCost} as real) * coalesce(${s.quantity}, 0) / ${billingMonths})`;
export const monthlyMarginSql = sql<number | null>`(${monthlyPriceSql} - ${monthlyCostSql})`;

/** The product's window length in ms: its own row, else 168 hours. */
const windowMsSql = sql`coalesce((select ${nceWindowLengths.hours} * 3600000 from ${nceWindowLengths} where lower(${nceWindowLengths.mpn}) = lower(${s.mpn})), ${NCE_WINDOW_MS})`;

/** Seats of lots whose window (per product) closes in (from, to] (ms): what may still be reduced before then. */
export function windowSeatsSql(from: number, to: number): SQL<number> {
  const closes = sql`(unixepoch(json_extract(j.value, '$.at')) * 1000 + ${windowMsSql})`;
  return sql<number>`min(coalesce(${s.quantity}, 0), (select coalesce(sum(json_extract(j.value, '$.quantity')), 0) from json_each(${s.lots}) j where ${closes} > ${from} and ${closes} <= ${to}))`;
}

export function termBucketWhere(bucket: TermBucket): SQL {
  if (bucket === 'monthly') return sql`${s.termMonths} <= 1`;
  if (bucket === 'annual') return sql`${s.termMonths} > 1 and ${s.termMonths} <= 12`;
  return sql`${s.termMonths} > 12`;
}

/** The term bucket as a value, for counts per bucket in one GROUP BY. */
export const termBucketSql = sql<TermBucket | null>`case when ${s.termMonths} is null then null when ${s.termMonths} <= 1 then 'monthly' when ${s.termMonths} <= 12 then 'annual' else 'multiyear' end`;

/** Paid seats nobody is assigned (issue 18), from the usage row joined on the subscription. */
export const unusedSeatsSql = sql<number | null>`(case when ${u.assignedSeats} is null then null else max(0, ${u.paidSeats} - ${u.assignedSeats}) end)`;

const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** The rows a filter keeps (never those gone upstream); `now` decides the renewal and window ranges. */
export function subscriptionWhere(f: SubscriptionFilter, now: number): SQL | undefined {
  const parts: Array<SQL | undefined> = [isNull(s.goneAt), f.scope ? tenantScopeCondition(f.scope, s.tenantId) : undefined];
  if (f.tenant) {
    const p = `%${f.tenant.toLowerCase()}%`;
    parts.push(or(like(sql`lower(${tenants.displayName})`, p), like(tenants.defaultDomain, p), eq(s.tenantId, f.tenant.toLowerCase()), eq(s.customerId, f.tenant)));
  }
  if (f.product) {
    const p = `%${f.product.toLowerCase()}%`;
    parts.push(or(like(sql`lower(${s.productName})`, p), like(sql`lower(${s.mpn})`, p)));
  }
  if (f.status) parts.push(eq(s.status, f.status));
  if (f.term) parts.push(termBucketWhere(f.term));
  if (f.billing) parts.push(eq(s.billingPeriod, f.billing));
  if (f.renewalWithinDays !== undefined) {
    // Renewal dates are days (or ISO times): compare as text, from today up to and including the Nth day.
    parts.push(sql`${s.renewalDate} >= ${day(now)} and ${s.renewalDate} < ${day(now + (f.renewalWithinDays + 1) * DAY_MS)}`);
  }
  if (f.autoRenew) parts.push(eq(s.autoRenew, f.autoRenew === 'on'));
  if (f.unused) parts.push(sql`${s.id} in (select ${u.subscriptionId} from ${u} where ${u.assignedSeats} is not null and ${u.paidSeats} > ${u.assignedSeats})`);
  if (f.windowOpen) parts.push(and(eq(s.status, 'active'), gt(s.windowClosesAt, new Date(now))));
  if (f.windowClosingHours !== undefined) {
    parts.push(and(eq(s.status, 'active'), gt(s.windowClosesAt, new Date(now)), sql`${windowSeatsSql(now, now + f.windowClosingHours * 3_600_000)} > 0`));
  }
  return and(...parts);
}
