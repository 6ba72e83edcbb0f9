import 'server-only';
// Writes to the tenants table. Duplicates are checked here for a clear message; the
// unique indexes remain the last word.
import { and, eq, ne, or } from 'drizzle-orm';
import { getDb } from '@/db';
import { tenants } from '@/db/schema';
import type { z } from 'zod';
import type { tenantInputSchema, tenantUpdateSchema } from '@/lib/validations/tenants';
import { fail, ok, type ActionResult } from '@/lib/actions/result';
import type { TenantDTO } from './queries';

type NewTenant = z.output<typeof tenantInputSchema>;
type TenantChange = z.output<typeof tenantUpdateSchema>;

const columns = { id: tenants.id, tenantId: tenants.tenantId, displayName: tenants.displayName, defaultDomain: tenants.defaultDomain };

/** The actions' own result shape: a clash is a CONFLICT carrying the clashing fields. */
export type WriteResult<T> = ActionResult<T>;

const DUPLICATE = 'This tenant clashes with one already in the list.';

function getTenantById(id: number): TenantDTO | undefined {
  return getDb().select(columns).from(tenants).where(eq(tenants.id, id)).get();
}

/** Field errors for a tenant id or domain already used by another tenant. */
function duplicateErrors(value: { tenantId?: string; defaultDomain: string }, exceptId?: number): Record<string, string[]> {
  const clash = getDb()
    .select(columns)
    .from(tenants)
    .where(
      and(
        value.tenantId ? or(eq(tenants.tenantId, value.tenantId), eq(tenants.defaultDomain, value.defaultDomain)) : eq(tenants.defaultDomain, value.defaultDomain),
        exceptId ? ne(tenants.id, exceptId) : undefined,
      ),
    )
    .all();
  const errors: Record<string, string[]> = {};
  for (const t of clash) {
    if (value.tenantId && t.tenantId === value.tenantId) errors.tenantId = [`Already added as "${t.displayName}"`];
    if (t.defaultDomain === value.defaultDomain) errors.defaultDomain = [`Already used by "${t.displayName}"`];
  }
  return errors;
}

export function createTenant(input: NewTenant): WriteResult<TenantDTO> {
  const errors = duplicateErrors(input);
  if (Object.keys(errors).length) return fail('CONFLICT', DUPLICATE, { fieldErrors: errors });
  const row = getDb().insert(tenants).values(input).returning(columns).get();
  return ok(row);
}

export function updateTenant(change: TenantChange): WriteResult<{ before: TenantDTO; after: TenantDTO }> | undefined {
  const before = getTenantById(change.id);
  if (!before) return undefined;
  const errors = duplicateErrors({ defaultDomain: change.defaultDomain }, change.id);
  if (Object.keys(errors).length) return fail('CONFLICT', DUPLICATE, { fieldErrors: errors });
  const after = getDb().update(tenants).set({ displayName: change.displayName, defaultDomain: change.defaultDomain }).where(eq(tenants.id, change.id)).returning(columns).get();
  return ok({ before, after: after! });
}

/** Removes a tenant; its Ingram mapping goes with it (foreign key cascade). */
export function deleteTenant(id: number): TenantDTO | undefined {
  const before = getTenantById(id);
  if (!before) return undefined;
  getDb().delete(tenants).where(eq(tenants.id, id)).run();
  return before;
}

/** Inserts every tenant or none: one synchronous transaction, re-checking duplicates inside it. */
export function insertTenantsAtomically(rows: (NewTenant & { rowNo: number })[]): WriteResult<number> {
  const db = getDb();
  return db.transaction((tx): WriteResult<number> => {
    const errors: Record<string, string[]> = {};
    for (const row of rows) {
      const clash = tx
        .select(columns)
        .from(tenants)
        .where(or(eq(tenants.tenantId, row.tenantId), eq(tenants.defaultDomain, row.defaultDomain)))
        .get();
      if (clash) (errors[`Row ${row.rowNo}`] ??= []).push(`Already in the tenant list as "${clash.displayName}"`);
    }
    const n = Object.keys(errors).length;
    if (n) return fail('VALIDATION', `${n} row${n === 1 ? ' is' : 's are'} already in the tenant list, so nothing was imported.`, { fieldErrors: errors });
    for (const { tenantId, displayName, defaultDomain } of rows) tx.insert(tenants).values({ tenantId, displayName, defaultDomain }).run();
    return ok(rows.length);
  });
}
