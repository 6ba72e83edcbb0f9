import 'server-only';
// The tenant a tenant page shows: the one in `?tenantFilter=`, else the one the user chose last.
import type { CurrentUser } from '@/lib/auth/current-user';
import { findTenant, getScopedTenant, type TenantDTO } from './queries';

export type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export async function tenantFromSearchParams(searchParams: SearchParams, user: CurrentUser): Promise<TenantDTO | undefined> {
  const raw = (await searchParams).tenantFilter;
  const filter = Array.isArray(raw) ? raw[0] : raw;
  // A tenant outside the role's scope is not found, whether named in the URL or remembered.
  if (filter) return findTenant(filter, user.scope);
  return user.lastTenantId ? getScopedTenant(user.scope, user.lastTenantId) : undefined;
}

/** Whether the page was asked for every tenant at once (the picker's "All tenants"). */
export async function isAllTenants(searchParams: SearchParams): Promise<boolean> {
  const raw = (await searchParams).tenantFilter;
  return (Array.isArray(raw) ? raw[0] : raw)?.toLowerCase() === 'all';
}
