// A generated sandbox world with N customers, each mapped to a tenant of the app.
import { getDb } from '@/db';
import { inventoryOrders, inventorySnapshots, inventorySubscriptions, jobLeases, syncRuns, syncTenantState, tenantMappings, tenants } from '@/db/schema';
import { emptyTables } from '@/tests/support/db';
import type { OpenSandbox } from '../ingram/sandbox-harness';

export const customerIdOf = (i: number) => String(1_000_001 + i);
export const tenantIdOf = (i: number) => `00000000-0000-4000-8000-${String(i + 1).padStart(12, '0')}`;

/** A fresh generated world and as many mapped tenants, with an empty inventory. */
export async function mappedWorld(sb: OpenSandbox, customers: number, subscriptionsPerCustomer = 5): Promise<void> {
  await sb.control('POST', '/generate', { customers, subscriptionsPerCustomer });
  emptyTables(inventorySubscriptions, inventoryOrders, inventorySnapshots, syncRuns, syncTenantState, jobLeases, tenantMappings, tenants);
  const db = getDb();
  for (let i = 0; i < customers; i++) {
    db.insert(tenants)
      .values({ tenantId: tenantIdOf(i), displayName: `Tenant ${i + 1}`, defaultDomain: `t${i + 1}.onmicrosoft.com` })
      .run();
    db.insert(tenantMappings)
      .values({ tenantId: tenantIdOf(i), customerId: customerIdOf(i), customerName: `Customer ${i + 1}`, method: 'manual' })
      .run();
  }
}
