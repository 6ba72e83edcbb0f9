// One of the tenant's orders re-read from Ingram, so the order page can follow it until it ends.
import { z } from 'zod';
import { defineRoute } from '@/lib/actions/route';
import { fail, ok } from '@/lib/actions/result';
import { getOrderView } from '@/lib/orders/view';
import { mappingForTenant } from '@/lib/tenants/ingram-context';

export const dynamic = 'force-dynamic';

export const GET = defineRoute({
  route: '/api/tenants/[tenantId]/orders/[ref]',
  permission: 'orders.view',
  params: z.object({ tenantId: z.guid('Choose a tenant'), ref: z.string().regex(/^(local-)?\d{1,20}$/, 'Not an order reference') }),
  async run({ params: { tenantId, ref } }) {
    const mapping = mappingForTenant(tenantId);
    if (!mapping) return fail('NOT_FOUND', 'This tenant is not mapped to an Ingram Micro customer.');
    const found = await getOrderView(tenantId, mapping.customerId, ref);
    if (!found.ok) return fail('NOT_FOUND', 'This order was not found for this tenant.');
    return ok(found.view);
  },
});
