// The tenant's live subscriptions by product, so the purchase wizard can mark what it already has.
import { defineRoute } from '@/lib/actions/route';
import { fail, ok } from '@/lib/actions/result';
import { ownedSubscriptions } from '@/lib/purchase/owned';
import { mappingForTenant } from '@/lib/tenants/ingram-context';
import { tenantRefSchema } from '@/lib/validations/purchase';

export const dynamic = 'force-dynamic';

export const GET = defineRoute({
  route: '/api/tenants/[tenantId]/products',
  permission: 'licenses.view',
  params: tenantRefSchema,
  async run({ params: { tenantId } }) {
    const mapping = mappingForTenant(tenantId);
    if (!mapping) return fail('NOT_FOUND', 'This tenant is not mapped to an Ingram Micro customer.');
    return ok(await ownedSubscriptions(mapping.customerId));
  },
});
