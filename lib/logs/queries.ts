import 'server-only';
// Reads of the audit log: one filtered page with its total, the filter choices, and the
// whole filtered set for export. Newest first; the `at` index keeps that cheap.
import { and, asc, count, desc, eq, inArray, isNotNull, notLike, or, type SQL } from 'drizzle-orm';
import { getDb } from '@/db';
import { auditLog, orders, tenants } from '@/db/schema';
import { allTenants, type TenantScope } from '@/lib/auth/tenant-scope';
import { tenantScopeCondition } from '@/lib/auth/tenant-scope-sql';
import { describeChange, productNameIn } from './describe';
import type { AuditFilter } from './filter';

export type AuditDTO = {
  id: number;
  at: string;
  userEmail: string | null;
  role: string | null;
  tenantId: string | null;
  tenantName: string | null;
  action: string;
  target: string | null;
  before: string | null;
  after: string | null;
  result: 'success' | 'failure' | 'refused';
  message: string | null;
  correlationId: string | null;
  /** The change in words ("Seats 10 → 8"); before and after stay as compact JSON for the export. */
  change: string;
  /** The product a subscription id (or order) stands for: from the row's details or the app's orders. */
  productName: string | null;
};

const EXPORT_LIMIT = 100_000;

/** The filter's conditions, within the reader's tenant scope (a scoped admin reads only its tenants' rows). */
function where(filter: AuditFilter, scope: TenantScope): SQL | undefined {
  return and(
    tenantScopeCondition(scope, auditLog.tenantId),
    filter.tenant ? eq(auditLog.tenantId, filter.tenant) : undefined,
    filter.user ? eq(auditLog.userEmail, filter.user) : undefined,
    filter.action ? eq(auditLog.action, filter.action) : undefined,
    filter.result ? eq(auditLog.result, filter.result) : undefined,
    // Sign-ins are noise beside the changes: shown when asked for, or when the action filter names them.
    filter.signins || filter.action ? undefined : notLike(auditLog.action, 'auth.sign%'),
  );
}

/** Compact JSON for a before/after value (already scrubbed of secrets when written). */
function compact(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  return typeof value === 'string' ? value : JSON.stringify(value);
}

function select(filter: AuditFilter, scope: TenantScope) {
  return getDb()
    .select({
      id: auditLog.id,
      at: auditLog.at,
      userEmail: auditLog.userEmail,
      role: auditLog.role,
      tenantId: auditLog.tenantId,
      tenantName: tenants.displayName,
      action: auditLog.action,
      target: auditLog.target,
      before: auditLog.before,
      after: auditLog.after,
      result: auditLog.result,
      message: auditLog.message,
      correlationId: auditLog.correlationId,
    })
    .from(auditLog)
    .leftJoin(tenants, eq(tenants.tenantId, auditLog.tenantId))
    .where(where(filter, scope))
    .orderBy(desc(auditLog.at), desc(auditLog.id));
}

type Row = Awaited<ReturnType<ReturnType<typeof select>['all']>>[number];

/** Product names of the subscriptions the rows name, from the orders this app placed or recorded. */
function productNames(targets: string[]): Map<string, string> {
  const names = new Map<string, string>();
  const ids = [...new Set(targets)].filter(Boolean);
  for (let i = 0; i < ids.length; i += 500) {
    const chunk = ids.slice(i, i + 500);
    const rows = getDb()
      .select({ sub: orders.subscriptionId, created: orders.createdSubscriptionId, name: orders.productName })
      .from(orders)
      .where(and(isNotNull(orders.productName), or(inArray(orders.subscriptionId, chunk), inArray(orders.createdSubscriptionId, chunk))))
      .orderBy(desc(orders.createdAt))
      .all();
    for (const r of rows) for (const id of [r.sub, r.created]) if (id && r.name && !names.has(id)) names.set(id, r.name);
  }
  return names;
}

function toDTOs(rows: Row[]): AuditDTO[] {
  const names = productNames(rows.map((r) => r.target ?? ''));
  return rows.map((r) => ({
    ...r,
    at: r.at.toISOString(),
    before: compact(r.before),
    after: compact(r.after),
    change: describeChange(r.before, r.after),
    productName: productNameIn(r.after, r.before) ?? (r.target ? (names.get(r.target) ?? null) : null),
  }));
}

export function listAuditPage(filter: AuditFilter, scope: TenantScope = allTenants): { rows: AuditDTO[]; total: number } {
  const total = getDb().select({ n: count() }).from(auditLog).where(where(filter, scope)).get()?.n ?? 0;
  const rows = select(filter, scope)
    .limit(filter.pageSize)
    .offset(filter.page * filter.pageSize)
    .all();
  return { rows: toDTOs(rows), total };
}

export function listAuditForExport(filter: AuditFilter, scope: TenantScope = allTenants): AuditDTO[] {
  return toDTOs(select(filter, scope).limit(EXPORT_LIMIT).all());
}

export type AuditFacets = { actions: string[]; users: string[]; tenants: { tenantId: string; name: string }[] };

/** The values the filters offer: those that occur in the log. */
export function listAuditFacets(scope: TenantScope = allTenants): AuditFacets {
  const db = getDb();
  const actions = db
    .selectDistinct({ v: auditLog.action })
    .from(auditLog)
    .where(tenantScopeCondition(scope, auditLog.tenantId))
    .orderBy(asc(auditLog.action))
    .all()
    .map((r) => r.v);
  const users = db
    .selectDistinct({ v: auditLog.userEmail })
    .from(auditLog)
    .where(and(isNotNull(auditLog.userEmail), tenantScopeCondition(scope, auditLog.tenantId)))
    .orderBy(asc(auditLog.userEmail))
    .all()
    .map((r) => r.v!);
  const tenantRows = db
    .selectDistinct({ tenantId: auditLog.tenantId, name: tenants.displayName })
    .from(auditLog)
    .leftJoin(tenants, eq(tenants.tenantId, auditLog.tenantId))
    .where(and(isNotNull(auditLog.tenantId), tenantScopeCondition(scope, auditLog.tenantId)))
    .all();
  const list = tenantRows.map((t) => ({ tenantId: t.tenantId!, name: t.name ?? `${t.tenantId} (removed)` })).sort((a, b) => a.name.localeCompare(b.name));
  return { actions, users, tenants: list };
}
