// Which tenants a role sees: every tenant (built-in roles and unscoped custom roles), only
// the listed ones, or all but the listed ones. Pure and browser-safe; the server applies it
// in defineAction/defineRoute, tenant pages, tenant lists and the audit log.

export type TenantScope = { mode: 'all' } | { mode: 'allow' | 'block'; tenantIds: readonly string[] };

export const allTenants: TenantScope = { mode: 'all' };

export function scopeOf(mode: 'all' | 'allow' | 'block', tenantIds: readonly string[]): TenantScope {
  return mode === 'all' ? allTenants : { mode, tenantIds: tenantIds.map((t) => t.toLowerCase()) };
}

/** Whether a tenant (by its Microsoft tenant id) is inside the scope. */
export function inScope(scope: TenantScope, tenantId: string): boolean {
  if (scope.mode === 'all') return true;
  const listed = scope.tenantIds.includes(tenantId.toLowerCase());
  return scope.mode === 'allow' ? listed : !listed;
}

/** Every `tenantId` value anywhere in an action's or route's parsed input (items of a bulk apply too). */
export function tenantIdsIn(input: unknown, found: string[] = [], depth = 0): string[] {
  if (depth > 4 || input === null || typeof input !== 'object') return found;
  if (Array.isArray(input)) {
    for (const item of input) tenantIdsIn(item, found, depth + 1);
    return found;
  }
  for (const [key, value] of Object.entries(input)) {
    if (key === 'tenantId' && typeof value === 'string') found.push(value);
    else if (typeof value === 'object') tenantIdsIn(value, found, depth + 1);
  }
  return found;
}

/** The first tenant of the input outside the scope, if any. */
export function firstOutOfScope(scope: TenantScope, input: unknown): string | undefined {
  if (scope.mode === 'all') return undefined;
  return tenantIdsIn(input).find((t) => !inScope(scope, t));
}

export function describeScope(scope: TenantScope, count?: number): string {
  if (scope.mode === 'all') return 'All tenants';
  const n = count ?? scope.tenantIds.length;
  return scope.mode === 'allow' ? `Only ${n} tenant${n === 1 ? '' : 's'}` : `All but ${n} tenant${n === 1 ? '' : 's'}`;
}
