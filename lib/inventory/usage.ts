import 'server-only';
// The one reader of the usage tables: seats assigned and unused per Ingram subscription, and per
// tenant why Microsoft's side is missing. The reclaim planner and the grids build on these two.
import { and, eq, gt, inArray, isNotNull, sql, type SQL } from 'drizzle-orm';
import { getDb, preparedOnce } from '@/db';
import { inventoryUsage, usageTenantState, type UsageSource } from '@/db/schema';
import { tenantScopeCondition } from '@/lib/auth/tenant-scope-sql';
import type { TenantScope } from '@/lib/auth/tenant-scope';
import { isMicrosoftConfigured, readMicrosoftSettingsRow } from '@/lib/settings/microsoft-settings';

export type SubscriptionUsage = {
  subscriptionId: string;
  tenantId: string;
  skuId: string | null;
  skuPartNumber: string | null;
  /** Seats Ingram bills (its quantity when Microsoft was read). */
  paid: number;
  /** Seats Microsoft counts for the product, all sources (enabled seats); null when nothing matched. */
  microsoftSeats: number | null;
  /** Seats assigned to users attributed to this subscription; null when nothing matched. */
  assigned: number | null;
  /** Paid seats nobody uses: paid - assigned, never below 0; null when nothing matched. */
  unused: number | null;
  /** Seats Microsoft counts beyond what Ingram bills for the product (another partner, a direct purchase, a trial). */
  otherSourceSeats: number;
  sources: UsageSource[];
  /** ISO time of the Microsoft read. */
  readAt: string;
};

export type UsageFilter = {
  subscriptionIds?: readonly string[];
  tenantIds?: readonly string[];
  /** The viewer's tenant scope: rows of other tenants are left out. */
  scope?: TenantScope;
  /** Only subscriptions with at least one unused seat. */
  hasUnused?: boolean;
};

// One tenant's rows and state: every live license read asks, so these two are prepared once per connection.
const usageOfTenant = preparedOnce((db) =>
  db
    .select()
    .from(inventoryUsage)
    .where(eq(inventoryUsage.tenantId, sql.placeholder('tenantId')))
    .prepare(),
);
const stateOfTenant = preparedOnce((db) =>
  db
    .select()
    .from(usageTenantState)
    .where(eq(usageTenantState.tenantId, sql.placeholder('tenantId')))
    .prepare(),
);

type UsageDbRow = typeof inventoryUsage.$inferSelect;

/** Usage per Ingram subscription id; subscriptions never matched to Microsoft are absent. */
export function usageFor(query: readonly string[] | UsageFilter): Map<string, SubscriptionUsage> {
  const f: UsageFilter = Array.isArray(query) ? { subscriptionIds: query as readonly string[] } : (query as UsageFilter);
  return new Map(usageRows(f).map((r) => [r.subscriptionId, toUsage(r)]));
}

function usageRows(f: UsageFilter): UsageDbRow[] {
  if (f.tenantIds?.length === 1 && !f.scope && !f.hasUnused) {
    // The grid of one tenant: its rows by the prepared read, then the ids asked for.
    const wanted = f.subscriptionIds && new Set(f.subscriptionIds);
    return usageOfTenant()
      .all({ tenantId: f.tenantIds[0] })
      .filter((r) => !wanted || wanted.has(r.subscriptionId));
  }
  const where: (SQL | undefined)[] = [];
  if (f.subscriptionIds) where.push(f.subscriptionIds.length ? inArray(inventoryUsage.subscriptionId, [...f.subscriptionIds]) : sql`0`);
  if (f.tenantIds) where.push(f.tenantIds.length ? inArray(inventoryUsage.tenantId, [...f.tenantIds]) : sql`0`);
  if (f.scope) where.push(tenantScopeCondition(f.scope, inventoryUsage.tenantId));
  if (f.hasUnused) where.push(isNotNull(inventoryUsage.assignedSeats), gt(sql`${inventoryUsage.paidSeats} - ${inventoryUsage.assignedSeats}`, 0));
  return getDb()
    .select()
    .from(inventoryUsage)
    .where(and(...where))
    .all();
}

function toUsage(r: UsageDbRow): SubscriptionUsage {
  return {
    subscriptionId: r.subscriptionId,
    tenantId: r.tenantId,
    skuId: r.skuId,
    skuPartNumber: r.skuPartNumber,
    paid: r.paidSeats,
    microsoftSeats: r.microsoftSeats,
    assigned: r.assignedSeats,
    unused: r.assignedSeats === null ? null : Math.max(0, r.paidSeats - r.assignedSeats),
    otherSourceSeats: r.otherSourceSeats,
    sources: r.sources,
    readAt: r.readAt.toISOString(),
  };
}

export type UsageErrorKind = 'not-configured' | 'not-read' | 'no-consent' | 'permission' | 'throttled' | 'outage' | 'auth' | 'other';

export type UsageError = {
  tenantId: string;
  kind: UsageErrorKind;
  message: string;
  status: number | null;
  correlationId: string | null;
  /** ISO time of the failed read (null for not-configured / not-read). */
  at: string | null;
  /** ISO time of the last good read: older usage may still be shown. */
  lastSuccessAt: string | null;
};

const NOT_CONFIGURED = 'Microsoft is not connected: enter the connection in Settings > Integrations > Microsoft to see assigned and unused seats';
const NOT_READ = 'Microsoft has not been read for this tenant yet: run Sync now';

/** Per tenant, why its Microsoft data is missing or stale; tenants read fine are absent. */
export function usageErrors(tenantIds: readonly string[]): Map<string, UsageError> {
  const out = new Map<string, UsageError>();
  if (tenantIds.length === 0) return out;
  const configured = isMicrosoftConfigured(readMicrosoftSettingsRow());
  const rows =
    tenantIds.length === 1
      ? stateOfTenant().all({ tenantId: tenantIds[0] })
      : getDb()
          .select()
          .from(usageTenantState)
          .where(inArray(usageTenantState.tenantId, [...tenantIds]))
          .all();
  const states = new Map(rows.map((s) => [s.tenantId, s]));
  for (const tenantId of tenantIds) {
    const s = states.get(tenantId);
    const lastSuccessAt = s?.lastSuccessAt?.toISOString() ?? null;
    if (!configured) out.set(tenantId, { tenantId, kind: 'not-configured', message: NOT_CONFIGURED, status: null, correlationId: null, at: null, lastSuccessAt });
    else if (!s) out.set(tenantId, { tenantId, kind: 'not-read', message: NOT_READ, status: null, correlationId: null, at: null, lastSuccessAt: null });
    else if (s.errorKind)
      out.set(tenantId, {
        tenantId,
        kind: s.errorKind as UsageErrorKind,
        message: s.errorMessage ?? '',
        status: s.errorStatus,
        correlationId: s.errorCorrelationId,
        at: s.errorAt?.toISOString() ?? null,
        lastSuccessAt,
      });
  }
  return out;
}
