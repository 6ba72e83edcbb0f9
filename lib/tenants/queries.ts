import 'server-only';
import { and, asc, eq, or, sql } from 'drizzle-orm';
import { getDb, preparedOnce } from '@/db';
import { tenants } from '@/db/schema';
import { allTenants, inScope, type TenantScope } from '@/lib/auth/tenant-scope';
import { tenantScopeCondition } from '@/lib/auth/tenant-scope-sql';

export type TenantDTO = { id: number; tenantId: string; displayName: string; defaultDomain: string };

const columns = { id: tenants.id, tenantId: tenants.tenantId, displayName: tenants.displayName, defaultDomain: tenants.defaultDomain };

/** The tenants a role sees (all of them for built-in roles). */
export function listTenants(scope: TenantScope = allTenants): TenantDTO[] {
  return getDb().select(columns).from(tenants).where(tenantScopeCondition(scope, tenants.tenantId)).orderBy(asc(tenants.displayName)).all();
}

/** A tenant by id, only when the scope includes it: outside the scope it does not exist. */
export function getScopedTenant(scope: TenantScope, tenantId: string): TenantDTO | undefined {
  return inScope(scope, tenantId) ? getTenantByTenantId(tenantId) : undefined;
}

/** A tenant named in `?tenantFilter=`: by default domain (as CIPP links do) or by tenant id. */
export function findTenant(filter: string | null | undefined, scope: TenantScope = allTenants): TenantDTO | undefined {
  if (!filter) return undefined;
  const value = filter.trim().toLowerCase();
  return getDb()
    .select(columns)
    .from(tenants)
    .where(and(or(eq(tenants.defaultDomain, value), eq(tenants.tenantId, value)), tenantScopeCondition(scope, tenants.tenantId)))
    .get();
}

// Every tenant route reads it: prepared once per connection.
const tenantByTenantId = preparedOnce((db) =>
  db
    .select(columns)
    .from(tenants)
    .where(eq(tenants.tenantId, sql.placeholder('tenantId')))
    .prepare(),
);

export function getTenantByTenantId(tenantId: string): TenantDTO | undefined {
  return tenantByTenantId().get({ tenantId });
}

/** The tenant id of a tenant row, when that row exists and the scope includes it. */
export function scopedTenantIdOfRow(scope: TenantScope, id: number): string | undefined {
  const row = getDb().select({ tenantId: tenants.tenantId }).from(tenants).where(eq(tenants.id, id)).get();
  return row && inScope(scope, row.tenantId) ? row.tenantId : undefined;
}
