'use server';
import { revalidatePath } from 'next/cache';
import { defineAction } from '@/lib/actions/factory';
import { auditedWrites } from '@/lib/actions/audited-write';
import { fail, ok } from '@/lib/actions/result';
import { finishAutoMap, planAutoMap, scanAutoMapBatch } from '@/lib/mapping/auto-map';
import { getIngramCustomers } from '@/lib/mapping/customers-cache';
import { addMappings, removeMapping, saveMapping } from '@/lib/mapping/mutations';
import { getTenantByTenantId } from '@/lib/tenants/queries';
import { acceptProposalsSchema, autoMapBatchSchema, autoMapFinishSchema, mappingSchema, refreshCustomersSchema, removeMappingSchema } from '@/lib/validations/mappings';

const refresh = () => {
  revalidatePath('/settings/mappings');
  revalidatePath('/settings/integrations/ingram');
};
const { succeeded } = auditedWrites(refresh);

// Maps a tenant to an Ingram customer (or changes its mapping), chosen by hand.
export const saveMappingAction = defineAction({
  name: 'mappings.save',
  permission: 'mappings.manage',
  schema: mappingSchema,
  async run({ tenantId, customerId }, ctx) {
    const tenant = getTenantByTenantId(tenantId);
    if (!tenant) return fail('NOT_FOUND', 'That tenant no longer exists. Reload the page.', { fieldErrors: { tenantId: ['Choose a tenant'] } });
    const customer = (await getIngramCustomers()).customers.find((c) => c.id === customerId);
    if (!customer) return fail('NOT_FOUND', `Ingram Micro has no customer ${customerId}. Refresh the customer list.`, { fieldErrors: { customerId: ['Choose an Ingram customer from the list'] } });
    const { before, after } = saveMapping({ tenantId, customerId, customerName: customer.name, method: 'manual' }, ctx.user.email);
    return succeeded(ctx, { tenantId, target: tenant.displayName, before: before ?? null, after }, after);
  },
});

// Removes a tenant's mapping (its license pages stop working until it is mapped again).
export const removeMappingAction = defineAction({
  name: 'mappings.remove',
  permission: 'mappings.manage',
  schema: removeMappingSchema,
  async run({ tenantId }, ctx) {
    const before = removeMapping(tenantId);
    if (!before) return fail('NOT_FOUND', 'That tenant is not mapped any more. Reload the page.');
    return succeeded(ctx, { tenantId, target: getTenantByTenantId(tenantId)?.displayName ?? tenantId, before }, { tenantId });
  },
});

// Saves the auto-map proposals the admin accepted; tenants mapped meanwhile are skipped.
export const acceptProposalsAction = defineAction({
  name: 'mappings.acceptProposals',
  permission: 'mappings.manage',
  schema: acceptProposalsSchema,
  async run({ items }, ctx) {
    const customers = new Map((await getIngramCustomers()).customers.map((c) => [c.id, c]));
    const valid = items.filter((i) => customers.has(i.customerId) && getTenantByTenantId(i.tenantId));
    const { saved, skipped } = addMappings(
      valid.map((i) => ({ ...i, customerName: customers.get(i.customerId)!.name })),
      ctx.user.email,
    );
    for (const m of saved) ctx.audit({ action: 'mappings.acceptProposal', result: 'success', tenantId: m.tenantId, target: m.customerName, after: m });
    refresh();
    return ok({ saved: saved.length, skipped: skipped.length + items.length - valid.length });
  },
});

// Starts an auto-map scan: which customers' subscriptions will be read.
export const startAutoMapAction = defineAction({
  name: 'mappings.autoMap.start',
  permission: 'mappings.manage',
  schema: refreshCustomersSchema,
  async run(_, { user }) {
    return ok(await planAutoMap(user.id, user.scope));
  },
});

// Reads one batch of customers' subscriptions for tenant ids and domains.
export const autoMapBatchAction = defineAction({
  name: 'mappings.autoMap.batch',
  permission: 'mappings.manage',
  schema: autoMapBatchSchema,
  async run({ scanId, customerIds }, { user }) {
    const out = await scanAutoMapBatch(scanId, user.id, customerIds);
    return out.ok ? ok({ found: out.found, failed: out.failed }) : fail('NOT_FOUND', out.reason);
  },
});

// Ends the scan and returns the proposals and the ambiguous tenants (nothing is saved).
export const finishAutoMapAction = defineAction({
  name: 'mappings.autoMap.finish',
  permission: 'mappings.manage',
  schema: autoMapFinishSchema,
  async run({ scanId }, { user }) {
    const out = await finishAutoMap(scanId, user.id, user.scope);
    return out ? ok(out) : fail('NOT_FOUND', 'This auto-map scan has expired. Start auto-map again.');
  },
});

// Every Ingram customer (id, name, status) for the customer picker.
export const listCustomersAction = defineAction({
  name: 'mappings.customers',
  permission: 'mappings.manage',
  schema: refreshCustomersSchema,
  async run() {
    return ok((await getIngramCustomers()).customers.map(({ id, name, status }) => ({ id, name, status })));
  },
});

// Reloads the Ingram customer list now instead of waiting for the cache to expire.
// No revalidatePath: that would render the whole page into this answer, and the view refreshes itself after it.
export const refreshCustomersAction = defineAction({
  name: 'mappings.refreshCustomers',
  permission: 'mappings.view',
  schema: refreshCustomersSchema,
  async run() {
    const list = await getIngramCustomers({ refresh: true });
    return ok({ count: list.customers.length, fetchedAt: list.fetchedAt });
  },
});
