'use server';
import { defineAction } from '@/lib/actions/factory';
import { fail, ok } from '@/lib/actions/result';
import { getOrderView } from '@/lib/orders/view';
import { mappingForTenant } from '@/lib/tenants/ingram-context';
import { orderRefreshSchema as schema } from '@/lib/validations/orders';

// Re-reads one of the tenant's orders from Ingram, so the order page can follow it until it ends.
export const refreshOrder = defineAction({
  name: 'orders.refresh',
  permission: 'orders.view',
  schema,
  async run({ tenantId, ref }) {
    const mapping = mappingForTenant(tenantId);
    if (!mapping) return fail('NOT_FOUND', 'This tenant is not mapped to an Ingram Micro customer.');
    const found = await getOrderView(tenantId, mapping.customerId, ref);
    if (!found.ok) return fail('NOT_FOUND', 'This order was not found for this tenant.');
    return ok(found.view);
  },
});
