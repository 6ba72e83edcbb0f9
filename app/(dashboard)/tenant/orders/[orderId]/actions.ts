'use server';
import { z } from 'zod';
import { defineAction } from '@/lib/actions/factory';
import { fail, ok } from '@/lib/actions/result';
import { getOrderView } from '@/lib/orders/view';
import { mappingForTenant } from '@/lib/tenants/ingram-context';

const schema = z.object({ tenantId: z.guid('Choose a tenant'), ref: z.string().regex(/^(local-)?\d{1,20}$/, 'Not an order reference') });

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
