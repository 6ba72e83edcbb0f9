'use server';
import { revalidatePath } from 'next/cache';
import { defineAction } from '@/lib/actions/factory';
import { auditedWrites } from '@/lib/actions/audited-write';
import { fail } from '@/lib/actions/result';
import { getMicrosoftClient, isMicrosoftError } from '@/lib/microsoft';
import { firstOutOfScope } from '@/lib/auth/tenant-scope';
import { parseTenantCsv } from '@/lib/tenants/csv-import';
import { applyPartnerCenterContracts, describeSync } from '@/lib/tenants/partner-center';
import { createTenant, deleteTenant, insertTenantsAtomically, updateTenant } from '@/lib/tenants/mutations';
import { scopedTenantIdOfRow } from '@/lib/tenants/queries';
import { tenantDeleteSchema, tenantImportSchema, tenantInputSchema, tenantUpdateSchema } from '@/lib/validations/tenants';
import { z } from 'zod';

// Tenants show in the top bar's picker on every page.
const { refused, succeeded } = auditedWrites(() => revalidatePath('/', 'layout'));

// Adds one Microsoft 365 tenant.
export const addTenant = defineAction({
  name: 'tenants.add',
  permission: 'tenants.manage',
  schema: tenantInputSchema,
  async run(input, ctx) {
    const result = createTenant(input);
    if (!result.ok) return refused(ctx, result, { tenantId: input.tenantId, target: input.displayName }, 'failure');
    return succeeded(ctx, { tenantId: input.tenantId, target: input.displayName, after: input }, result.data);
  },
});

// Renames a tenant or changes its default domain (its tenant id stays).
export const editTenant = defineAction({
  name: 'tenants.edit',
  permission: 'tenants.manage',
  schema: tenantUpdateSchema,
  async run(input, ctx) {
    // A tenant outside the role's scope is not found (and the attempt is audited).
    if (!scopedTenantIdOfRow(ctx.user.scope, input.id)) return refused(ctx, fail('NOT_FOUND', 'That tenant no longer exists. Reload the page.'), { target: `tenant row ${input.id}` });
    const result = updateTenant(input);
    if (!result) return fail('NOT_FOUND', 'That tenant no longer exists. Reload the page.');
    if (!result.ok) return result;
    const { before, after } = result.data;
    const entry = {
      tenantId: after.tenantId,
      target: after.displayName,
      before: { displayName: before.displayName, defaultDomain: before.defaultDomain },
      after: { displayName: after.displayName, defaultDomain: after.defaultDomain },
    };
    return succeeded(ctx, entry, after);
  },
});

// Removes a tenant and its Ingram customer mapping (orders already placed stay in the history).
export const removeTenant = defineAction({
  name: 'tenants.remove',
  permission: 'tenants.manage',
  schema: tenantDeleteSchema,
  async run({ id }, ctx) {
    if (!scopedTenantIdOfRow(ctx.user.scope, id)) return refused(ctx, fail('NOT_FOUND', 'That tenant no longer exists. Reload the page.'), { target: `tenant row ${id}` });
    const before = deleteTenant(id);
    if (!before) return fail('NOT_FOUND', 'That tenant no longer exists. Reload the page.');
    return succeeded(ctx, { tenantId: before.tenantId, target: before.displayName, before }, { id });
  },
});

// Imports many tenants from CSV text: every row valid and new, or nothing is imported.
export const importTenants = defineAction({
  name: 'tenants.import',
  permission: 'tenants.manage',
  schema: tenantImportSchema,
  async run({ csv }, ctx) {
    const parsed = parseTenantCsv(csv);
    const rows = parsed.ok ? parsed.rows : [];
    // A scoped role may import only tenants its scope includes.
    const outside = firstOutOfScope(ctx.user.scope, rows);
    const result = !parsed.ok
      ? fail('VALIDATION', parsed.error, { fieldErrors: parsed.rowErrors })
      : outside
        ? fail('VALIDATION', `The tenant ${outside} is outside your role's tenants: nothing was imported.`)
        : insertTenantsAtomically(rows);
    if (!result.ok) {
      const { error, fieldErrors: rowErrors = {} } = result;
      const message = [error, ...Object.entries(rowErrors).map(([r, m]) => `${r}: ${m.join('; ')}`)].join(' ').slice(0, 1500);
      return refused(ctx, result, { target: 'CSV import', message }, 'failure');
    }
    const after = { imported: result.data, tenants: rows.map((r) => r.defaultDomain) };
    return succeeded(ctx, { target: 'CSV import', after, message: `Imported ${result.data} tenants` }, { imported: result.data });
  },
});

// Syncs the tenant list from Partner Center (GET contracts through Microsoft Graph): adds, renames, flags.
export const syncTenantsFromPartnerCenter = defineAction({
  name: 'tenants.syncPartnerCenter',
  permission: 'tenants.manage',
  schema: z.object({}),
  async run(_input, ctx) {
    let contracts;
    try {
      contracts = await getMicrosoftClient().listContracts();
    } catch (e) {
      if (!isMicrosoftError(e)) throw e;
      const reason = `${e.reason.charAt(0).toUpperCase()}${e.reason.slice(1)}.`;
      const failure = fail(e.kind === 'unconfigured' ? 'DISABLED' : 'UPSTREAM', reason, { upstream: e.toUpstream() });
      return refused(ctx, failure, { target: 'Partner Center sync', message: e.message, correlationId: e.correlationId }, 'failure');
    }
    const result = applyPartnerCenterContracts(contracts, new Date());
    const message = describeSync(result);
    const after = { added: result.added, renamed: result.renamed, flagged: result.flagged, returned: result.returned, skipped: result.skipped };
    return succeeded(ctx, { target: 'Partner Center sync', after, message }, { ...result, message });
  },
});
