import 'server-only';
// The Microsoft tenant a subscription was provisioned for, read from its parameters (names vary by vendor setup).
import type { Parameter } from './types';

const TENANT_ID_PARAMS = new Set(['microsoft_tenant_id', 'tenant_id', 'tenantid', 'customer_tenant_id']);
const DOMAIN_PARAMS = new Set(['microsoft_domain', 'domain', 'microsoft_domain_name']);

export function microsoftTenantOf(params: readonly Pick<Parameter, 'name' | 'value'>[]): { tenantIds: string[]; domains: string[] } {
  const tenantIds: string[] = [];
  const domains: string[] = [];
  for (const p of params) {
    const name = p.name.toLowerCase();
    const value = typeof p.value === 'string' ? p.value.trim().toLowerCase() : '';
    if (!value) continue;
    if (TENANT_ID_PARAMS.has(name)) tenantIds.push(value);
    else if (DOMAIN_PARAMS.has(name)) domains.push(value);
  }
  return { tenantIds: [...new Set(tenantIds)], domains: [...new Set(domains)] };
}
