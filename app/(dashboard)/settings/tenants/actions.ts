'use server';
import { revalidatePath } from 'next/cache';
import { defineAction } from '@/lib/actions/factory';
import { fail, ok } from '@/lib/actions/result';
import { parseTenantCsv } from '@/lib/tenants/csv-import';
import { createTenant, deleteTenant, insertTenantsAtomically, updateTenant } from '@/lib/tenants/mutations';
import { tenantDeleteSchema, tenantImportSchema, tenantInputSchema, tenantUpdateSchema } from '@/lib/validations/tenants';

const DUPLICATE = 'This tenant clashes with one already in the list.';

// Adds one Microsoft 365 tenant.
export const addTenant = defineAction({
  name: 'tenants.add',
  permission: 'tenants.manage',
  schema: tenantInputSchema,
  async run(input, ctx) {
    const result = createTenant(input);
    if (!result.ok) {
      ctx.audit({ action: 'tenants.add', result: 'failure', tenantId: input.tenantId, target: input.displayName, message: DUPLICATE });
      return fail('CONFLICT', DUPLICATE, { fieldErrors: result.fieldErrors });
    }
    ctx.audit({ action: 'tenants.add', result: 'success', tenantId: input.tenantId, target: input.displayName, after: input });
    revalidatePath('/', 'layout');
    return ok(result.value);
  },
});

// Renames a tenant or changes its default domain (its tenant id stays).
export const editTenant = defineAction({
  name: 'tenants.edit',
  permission: 'tenants.manage',
  schema: tenantUpdateSchema,
  async run(input, ctx) {
    const result = updateTenant(input);
    if (!result) return fail('NOT_FOUND', 'That tenant no longer exists. Reload the page.');
    if (!result.ok) return fail('CONFLICT', DUPLICATE, { fieldErrors: result.fieldErrors });
    const { before, after } = result.value;
    ctx.audit({
      action: 'tenants.edit', result: 'success', tenantId: after.tenantId, target: after.displayName,
      before: { displayName: before.displayName, defaultDomain: before.defaultDomain },
      after: { displayName: after.displayName, defaultDomain: after.defaultDomain },
    });
    revalidatePath('/', 'layout');
    return ok(after);
  },
});

// Removes a tenant and its Ingram customer mapping (orders already placed stay in the history).
export const removeTenant = defineAction({
  name: 'tenants.remove',
  permission: 'tenants.manage',
  schema: tenantDeleteSchema,
  async run({ id }, ctx) {
    const before = deleteTenant(id);
    if (!before) return fail('NOT_FOUND', 'That tenant no longer exists. Reload the page.');
    ctx.audit({ action: 'tenants.remove', result: 'success', tenantId: before.tenantId, target: before.displayName, before });
    revalidatePath('/', 'layout');
    return ok({ id });
  },
});

// Imports many tenants from CSV text: every row valid and new, or nothing is imported.
export const importTenants = defineAction({
  name: 'tenants.import',
  permission: 'tenants.manage',
  schema: tenantImportSchema,
  async run({ csv }, ctx) {
    const parsed = parseTenantCsv(csv);
    const result = parsed.ok ? insertTenantsAtomically(parsed.rows) : undefined;
    if (!parsed.ok || !result?.ok) {
      const rowErrors = parsed.ok ? (result as { fieldErrors: Record<string, string[]> }).fieldErrors : parsed.rowErrors;
      const n = Object.keys(rowErrors).length;
      const error = parsed.ok ? `${n} row${n === 1 ? ' is' : 's are'} already in the tenant list, so nothing was imported.` : parsed.error;
      ctx.audit({ action: 'tenants.import', result: 'failure', target: 'CSV import', message: [error, ...Object.entries(rowErrors).map(([r, m]) => `${r}: ${m.join('; ')}`)].join(' ').slice(0, 1500) });
      return fail('VALIDATION', error, { fieldErrors: rowErrors });
    }
    ctx.audit({ action: 'tenants.import', result: 'success', target: 'CSV import', after: { imported: result.value, tenants: parsed.rows.map((r) => r.defaultDomain) }, message: `Imported ${result.value} tenants` });
    revalidatePath('/', 'layout');
    return ok({ imported: result.value });
  },
});
