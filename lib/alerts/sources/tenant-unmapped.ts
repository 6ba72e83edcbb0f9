import 'server-only';
// A tenant with no Ingram customer mapped: nothing can be bought or changed for it.
import { eq, isNull } from 'drizzle-orm';
import { getDb } from '@/db';
import { tenantMappings, tenants } from '@/db/schema';
import type { AlertSource } from '../types';

export const tenantUnmappedSource: AlertSource = {
  kind: 'tenant.unmapped',
  collect() {
    const rows = getDb()
      .select({ tenantId: tenants.tenantId, name: tenants.displayName, domain: tenants.defaultDomain, createdAt: tenants.createdAt })
      .from(tenants)
      .leftJoin(tenantMappings, eq(tenantMappings.tenantId, tenants.tenantId))
      .where(isNull(tenantMappings.id))
      .all();
    return rows.map((t) => ({
      key: `tenant:${t.tenantId}`,
      tenantId: t.tenantId,
      tenantName: t.name,
      product: null,
      occurredAt: t.createdAt,
      subject: `Tenant ${t.name} is not mapped to an Ingram customer`,
      details: { 'Default domain': t.domain, 'What to do': 'Map it under Settings > Mappings.' },
    }));
  },
};
