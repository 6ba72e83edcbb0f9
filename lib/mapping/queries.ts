import 'server-only';
// The mapping table: every tenant with its mapped customer, that customer's status upstream,
// and whether the mapping has a problem (customer gone or not active).
import { asc, eq } from 'drizzle-orm';
import { getDb } from '@/db';
import { tenantMappings, tenants } from '@/db/schema';
import { allTenants, type TenantScope } from '@/lib/auth/tenant-scope';
import { tenantScopeCondition } from '@/lib/auth/tenant-scope-sql';
import type { CustomerDTO } from './customers-cache';

export type MappingMethod = 'manual' | 'tenantId' | 'name';

export type MappingRow = {
  tenantId: string;
  tenantName: string;
  defaultDomain: string;
  customerId: string | null;
  customerName: string | null;
  method: MappingMethod | null;
  /** The customer's status upstream; 'missing' if it is not in the list; null if unknown. */
  customerStatus: string | null;
  problem: string | null;
  /** Other tenants mapped to the same customer. */
  sharedWith: string[];
  mappedBy: string | null;
  mappedAt: string | null;
};

export type MappingRecord = { tenantId: string; customerId: string; customerName: string; method: MappingMethod };

export function listMappingRecords(): MappingRecord[] {
  return getDb()
    .select({ tenantId: tenantMappings.tenantId, customerId: tenantMappings.customerId, customerName: tenantMappings.customerName, method: tenantMappings.method })
    .from(tenantMappings)
    .all();
}

export function getMapping(tenantId: string): MappingRecord | undefined {
  return getDb()
    .select({ tenantId: tenantMappings.tenantId, customerId: tenantMappings.customerId, customerName: tenantMappings.customerName, method: tenantMappings.method })
    .from(tenantMappings)
    .where(eq(tenantMappings.tenantId, tenantId))
    .get();
}

/** `customers` undefined means the upstream list is not available: statuses stay unknown. Only the scope's tenants. */
export function listMappingRows(customers?: readonly CustomerDTO[], scope: TenantScope = allTenants): MappingRow[] {
  const rows = getDb()
    .select({
      tenantId: tenants.tenantId,
      tenantName: tenants.displayName,
      defaultDomain: tenants.defaultDomain,
      customerId: tenantMappings.customerId,
      customerName: tenantMappings.customerName,
      method: tenantMappings.method,
      mappedBy: tenantMappings.createdBy,
      mappedAt: tenantMappings.createdAt,
    })
    .from(tenants)
    .leftJoin(tenantMappings, eq(tenantMappings.tenantId, tenants.tenantId))
    .where(tenantScopeCondition(scope, tenants.tenantId))
    .orderBy(asc(tenants.displayName))
    .all();
  const byId = customers ? new Map(customers.map((c) => [c.id, c])) : undefined;
  const tenantsByCustomer = new Map<string, string[]>();
  for (const r of rows) if (r.customerId) tenantsByCustomer.set(r.customerId, [...(tenantsByCustomer.get(r.customerId) ?? []), r.tenantName]);

  return rows.map((r) => {
    const customer = r.customerId ? byId?.get(r.customerId) : undefined;
    const status = !r.customerId || !byId ? null : customer ? (customer.status ?? 'unknown') : 'missing';
    const problem = status === 'missing' ? 'The customer no longer exists at Ingram Micro' : status && status !== 'active' ? `The customer is ${status}, not active` : null;
    return {
      ...r,
      // The upstream name wins when known: customers get renamed.
      customerName: customer?.name ?? r.customerName,
      customerStatus: status,
      problem,
      sharedWith: r.customerId ? (tenantsByCustomer.get(r.customerId) ?? []).filter((n) => n !== r.tenantName) : [],
      mappedAt: r.mappedAt ? r.mappedAt.toISOString() : null,
    };
  });
}
