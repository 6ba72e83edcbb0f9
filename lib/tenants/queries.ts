import 'server-only';
import { asc, eq, or } from 'drizzle-orm';
import { getDb } from '@/db';
import { tenants } from '@/db/schema';

export type TenantDTO = { id: number; tenantId: string; displayName: string; defaultDomain: string };

const columns = { id: tenants.id, tenantId: tenants.tenantId, displayName: tenants.displayName, defaultDomain: tenants.defaultDomain };

export function listTenants(): TenantDTO[] {
  return getDb().select(columns).from(tenants).orderBy(asc(tenants.displayName)).all();
}

/** A tenant named in `?tenantFilter=`: by default domain (as CIPP links do) or by tenant id. */
export function findTenant(filter: string | null | undefined): TenantDTO | undefined {
  if (!filter) return undefined;
  const value = filter.trim().toLowerCase();
  return getDb()
    .select(columns)
    .from(tenants)
    .where(or(eq(tenants.defaultDomain, value), eq(tenants.tenantId, value)))
    .get();
}

export function getTenantByTenantId(tenantId: string): TenantDTO | undefined {
  return getDb().select(columns).from(tenants).where(eq(tenants.tenantId, tenantId)).get();
}
