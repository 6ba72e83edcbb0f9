// Large deterministic Microsoft worlds (up to thousands of tenants) lined up with the Ingram
// sandbox's generated world: tenant i is generated customer i, with the tenant id that the
// Ingram side shows for every 5th customer.
import { generateWorld } from '../generate';
import { stableGuid } from '../time';
import { buildTenant, contractFor, defaultAssigned, makeUsers } from './seed';
import type { MsTenant, MsWorld } from './types';

export type MsGenerateOptions = {
  tenants: number;
  subscriptionsPerCustomer?: number;
  /** Every tenant with this many extra unlicensed users (paging tests). */
  extraUsers?: number;
  /** Every n-th tenant has not consented to the app (0: all consented). */
  unconsentedEvery?: number;
};

export const generatedTenantId = (i: number): string => stableGuid(0x7e, i + 1);

export function generateMsWorld(opts: MsGenerateOptions, now: number, partnerTenantId: string): MsWorld {
  const count = Math.max(0, Math.min(20_000, Math.floor(opts.tenants)));
  const ingram = generateWorld({ customers: count, subscriptionsPerCustomer: opts.subscriptionsPerCustomer ?? 3 }, now);
  const tenants = new Map<string, MsTenant>();
  for (let i = 0; i < count; i++) {
    const c = ingram.customers[i]!;
    const tenantId = generatedTenantId(i);
    const consented = !(opts.unconsentedEvery && i % opts.unconsentedEvery === opts.unconsentedEvery - 1);
    const tenant = buildTenant(ingram, { tenantId, displayName: c.name, defaultDomain: `gen${i + 1}.onmicrosoft.com`, customerId: c.id, consented }, partnerTenantId, defaultAssigned);
    if (opts.extraUsers) tenant.users.push(...makeUsers(tenant.defaultDomain, tenantId, new Map(), opts.extraUsers, tenant.users.length));
    tenants.set(tenantId, tenant);
  }
  const contracts = [...tenants.values()].map(contractFor);
  tenants.set(partnerTenantId, { tenantId: partnerTenantId, displayName: 'MSP Demo Partner', defaultDomain: 'mspdemo.onmicrosoft.com', consented: true, denied: [], subscriptions: [], users: [] });
  return { tenants, contracts };
}
