import 'server-only';
// The tenant scope as a SQL condition on a tenant-id column, for lists, totals and exports.
import { inArray, notInArray, sql, type SQL } from 'drizzle-orm';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';
import type { TenantScope } from './tenant-scope';

/** Undefined (no condition) for all tenants; nothing matches an empty allow list. */
export function tenantScopeCondition(scope: TenantScope, column: SQLiteColumn): SQL | undefined {
  if (scope.mode === 'all') return undefined;
  if (scope.mode === 'allow') return scope.tenantIds.length ? inArray(column, [...scope.tenantIds]) : sql`0`;
  return scope.tenantIds.length ? sql`(${column} IS NULL OR ${notInArray(column, [...scope.tenantIds])})` : undefined;
}
