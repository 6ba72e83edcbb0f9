// The All Tenants list's filter, paging and sort, as URL search params. Safe for the browser:
// the grid writes these, the GET routes and the dashboard's tile links read them.
import { z } from 'zod';
import type { TenantScope } from '@/lib/auth/tenant-scope';

export const termBuckets = ['monthly', 'annual', 'multiyear'] as const;
export type TermBucket = (typeof termBuckets)[number];
export const termBucketLabel: Record<TermBucket, string> = { monthly: 'Monthly', annual: 'Annual', multiyear: 'Multi-year' };

export const subscriptionSortFields = [
  'tenant',
  'productName',
  'mpn',
  'quantity',
  'status',
  'renewalDate',
  'unitPrice',
  'monthlyPrice',
  'unitCost',
  'monthlyCost',
  'monthlyMargin',
  'assigned',
  'unused',
] as const;
export type SubscriptionSortField = (typeof subscriptionSortFields)[number];

/** Sorting by a cost column needs `costs.view`: the route falls back to the product without it. */
export const costSortFields: readonly SubscriptionSortField[] = ['unitCost', 'monthlyCost', 'monthlyMargin'];

const optionalText = z
  .string()
  .trim()
  .max(200)
  .transform((v) => v || undefined)
  .optional();
const optionalInt = (max: number) => z.union([z.literal('').transform(() => undefined), z.coerce.number().int().min(0).max(max)]).optional();

/** The filter alone (tiles link to it; the export takes it without paging). */
export const subscriptionFilterSchema = z.object({
  /** A tenant's name or domain, or an Ingram customer id, contains this. */
  tenant: optionalText,
  /** Product name or MPN contains this. */
  product: optionalText,
  status: optionalText,
  term: z.enum(termBuckets).optional().catch(undefined),
  /** Billing period code (P1M, P1Y, P3Y). */
  billing: optionalText,
  renewalWithinDays: optionalInt(3650),
  autoRenew: z.enum(['on', 'off']).optional().catch(undefined),
  /** 1: only subscriptions with seats still in their NCE window. */
  windowOpen: z.enum(['1']).optional().catch(undefined),
  /** Only subscriptions with seats whose NCE window closes within this many hours. */
  windowClosingHours: optionalInt(168),
  /** 1: only subscriptions with seats paid that Microsoft says nobody is assigned. */
  unused: z.enum(['1']).optional().catch(undefined),
});
/** The URL's filter, plus the viewer's tenant scope (set by the server, never read from the URL). */
export type SubscriptionFilter = Partial<z.output<typeof subscriptionFilterSchema>> & { scope?: TenantScope };

export const subscriptionPageSchema = subscriptionFilterSchema.extend({
  page: z.coerce.number().int().min(0).max(100_000).catch(0).default(0),
  pageSize: z.coerce
    .number()
    .int()
    .pipe(z.union([z.literal(25), z.literal(50), z.literal(100)]))
    .catch(25)
    .default(25),
  sort: z.enum(subscriptionSortFields).catch('tenant').default('tenant'),
  dir: z.enum(['asc', 'desc']).catch('asc').default('asc'),
});
export type SubscriptionPageQuery = z.output<typeof subscriptionPageSchema>;

/** The search params of a filter (what tiles link to and the grid puts in the URL). */
export function filterParams(filter: Partial<Record<string, string | number | undefined>>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(filter)) if (v !== undefined && v !== '') out[k] = String(v);
  return out;
}

/** The All Tenants licenses view with this filter. */
export function allTenantsLicensesHref(filter: SubscriptionFilter & Partial<Pick<SubscriptionPageQuery, 'sort' | 'dir'>> = {}): string {
  const { scope: _scope, ...inUrl } = filter; // the scope never goes into a link
  return `/tenant/licenses?${new URLSearchParams({ tenantFilter: 'all', ...filterParams(inUrl) }).toString()}`;
}

export const ALL_TENANTS = 'all';

/** All Tenants orders: open (not ended, scheduled included) or failed, within the last N days. */
export const orderPageSchema = z.object({
  tenant: optionalText,
  state: z.enum(['open', 'failed']).optional().catch(undefined),
  days: optionalInt(3650),
  page: z.coerce.number().int().min(0).max(100_000).catch(0).default(0),
  pageSize: z.coerce
    .number()
    .int()
    .pipe(z.union([z.literal(25), z.literal(50), z.literal(100)]))
    .catch(25)
    .default(25),
});
export type OrderPageQuery = z.output<typeof orderPageSchema>;

export function allTenantsOrdersHref(filter: Partial<Omit<OrderPageQuery, 'page' | 'pageSize'>> = {}): string {
  return `/tenant/orders?${new URLSearchParams({ tenantFilter: 'all', ...filterParams(filter) }).toString()}`;
}
