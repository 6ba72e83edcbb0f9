import 'server-only';
// Saving and removing mappings. One tenant maps to one customer (tenant_id is unique).
import { eq } from 'drizzle-orm';
import { getDb } from '@/db';
import { tenantMappings } from '@/db/schema';
import { getMapping, type MappingMethod, type MappingRecord } from './queries';

type MappingInput = { tenantId: string; customerId: string; customerName: string; method: MappingMethod };

/** Creates or replaces a tenant's mapping; returns what it was before. */
export function saveMapping(input: MappingInput, createdBy: string): { before?: MappingRecord; after: MappingRecord } {
  const db = getDb();
  return db.transaction((tx) => {
    const before = tx.select().from(tenantMappings).where(eq(tenantMappings.tenantId, input.tenantId)).get();
    tx.insert(tenantMappings)
      .values({ ...input, createdBy })
      .onConflictDoUpdate({ target: tenantMappings.tenantId, set: { customerId: input.customerId, customerName: input.customerName, method: input.method, createdBy, createdAt: new Date() } })
      .run();
    const b = before ? { tenantId: before.tenantId, customerId: before.customerId, customerName: before.customerName, method: before.method } : undefined;
    return { before: b, after: { ...input } };
  });
}

/** Adds many mappings at once; tenants mapped meanwhile are skipped, never overwritten. */
export function addMappings(items: readonly MappingInput[], createdBy: string): { saved: MappingInput[]; skipped: MappingInput[] } {
  return getDb().transaction((tx) => {
    const saved: MappingInput[] = [];
    const skipped: MappingInput[] = [];
    for (const item of items) {
      const done = tx
        .insert(tenantMappings)
        .values({ ...item, createdBy })
        .onConflictDoNothing()
        .run();
      (done.changes > 0 ? saved : skipped).push(item);
    }
    return { saved, skipped };
  });
}

export function removeMapping(tenantId: string): MappingRecord | undefined {
  const before = getMapping(tenantId);
  if (before) getDb().delete(tenantMappings).where(eq(tenantMappings.tenantId, tenantId)).run();
  return before;
}
