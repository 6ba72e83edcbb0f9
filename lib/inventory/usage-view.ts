import 'server-only';
// What the pages show of Microsoft's side: assigned and unused seats on a tenant's rows, and per
// tenant why the numbers are missing. Built on the one reader (./usage.ts).
import { eq } from 'drizzle-orm';
import { getDb } from '@/db';
import { tenantMappings, tenants } from '@/db/schema';
import { inScope, type TenantScope } from '@/lib/auth/tenant-scope';
import type { LicenseRow } from '@/lib/licenses/types';
import type { UsageNotice } from './types';
import { usageErrors, usageFor } from './usage';

/** The tenant's rows with their usage (null where Microsoft has nothing for a row). */
export function withUsage<R extends LicenseRow>(tenantId: string, rows: R[]): R[] {
  if (rows.length === 0) return rows;
  const usage = usageFor({ tenantIds: [tenantId], subscriptionIds: rows.map((r) => r.id) });
  return rows.map((r) => {
    const x = usage.get(r.id);
    return { ...r, assigned: x?.assigned ?? null, unused: x?.unused ?? null, microsoftSeats: x?.microsoftSeats ?? null, otherSourceSeats: x?.otherSourceSeats ?? null };
  });
}

/** Why one tenant's Microsoft data is missing, or null when it was read fine. */
export function usageNoticeFor(tenantId: string, tenantName: string): UsageNotice | null {
  const e = usageErrors([tenantId]).get(tenantId);
  return e ? { tenantId, tenantName, kind: e.kind, message: e.message, status: e.status, correlationId: e.correlationId, lastSuccessAt: e.lastSuccessAt } : null;
}

/** Every mapped tenant of the scope whose Microsoft data is missing, by name. */
export function usageMissingFor(scope: TenantScope | undefined): UsageNotice[] {
  const mapped = getDb()
    .select({ tenantId: tenantMappings.tenantId, name: tenants.displayName })
    .from(tenantMappings)
    .innerJoin(tenants, eq(tenants.tenantId, tenantMappings.tenantId))
    .all()
    .filter((t) => !scope || inScope(scope, t.tenantId));
  const names = new Map(mapped.map((t) => [t.tenantId, t.name]));
  const errors = usageErrors(mapped.map((t) => t.tenantId));
  return [...errors.values()]
    .map((e) => ({
      tenantId: e.tenantId,
      tenantName: names.get(e.tenantId) ?? e.tenantId,
      kind: e.kind,
      message: e.message,
      status: e.status,
      correlationId: e.correlationId,
      lastSuccessAt: e.lastSuccessAt,
    }))
    .sort((a, b) => a.tenantName.localeCompare(b.tenantName));
}
