import 'server-only';
// Tenants as the wizard's first step offers them: each with the Ingram customer it is billed to, if any.
import { getDb } from '@/db';
import { tenantMappings } from '@/db/schema';
import type { TenantScope } from '@/lib/auth/tenant-scope';
import { listTenants } from '@/lib/tenants/queries';

export type TenantChoice = {
  tenantId: string;
  displayName: string;
  defaultDomain: string;
  customerName: string | null;
  /** The Ingram customer's account status, when it was read (the chosen tenant only). */
  customerStatus?: string | null;
};

export function tenantChoices(scope: TenantScope): TenantChoice[] {
  const mapped = new Map(
    getDb()
      .select({ tenantId: tenantMappings.tenantId, customerName: tenantMappings.customerName })
      .from(tenantMappings)
      .all()
      .map((m) => [m.tenantId, m.customerName]),
  );
  return listTenants(scope).map((t) => ({ tenantId: t.tenantId, displayName: t.displayName, defaultDomain: t.defaultDomain, customerName: mapped.get(t.tenantId) ?? null }));
}
