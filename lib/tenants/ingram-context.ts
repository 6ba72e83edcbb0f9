import 'server-only';
// What a tenant page needs before it may talk to Ingram: a chosen tenant, the integration
// on and configured, and the tenant mapped to its Ingram customer.
import { eq, sql } from 'drizzle-orm';
import { preparedOnce } from '@/db';
import { tenantMappings } from '@/db/schema';
import { integrationState } from '@/lib/settings/settings-row';
import type { TenantDTO } from './queries';

type TenantIngramContext =
  | { state: 'no-tenant' }
  | { state: 'unconfigured' | 'disabled'; tenant: TenantDTO }
  | { state: 'unmapped'; tenant: TenantDTO }
  | { state: 'ready'; tenant: TenantDTO; customerId: string; customerName: string };

// Every tenant page and route reads it: prepared once per connection.
const mappingRow = preparedOnce((db) =>
  db
    .select({ customerId: tenantMappings.customerId, customerName: tenantMappings.customerName })
    .from(tenantMappings)
    .where(eq(tenantMappings.tenantId, sql.placeholder('tenantId')))
    .prepare(),
);

export function mappingForTenant(tenantId: string): { customerId: string; customerName: string } | undefined {
  return mappingRow().get({ tenantId });
}

export function tenantIngramContext(tenant: TenantDTO | undefined): TenantIngramContext {
  if (!tenant) return { state: 'no-tenant' };
  const integration = integrationState();
  if (integration !== 'enabled') return { state: integration, tenant };
  const mapping = mappingForTenant(tenant.tenantId);
  if (!mapping) return { state: 'unmapped', tenant };
  return { state: 'ready', tenant, ...mapping };
}
