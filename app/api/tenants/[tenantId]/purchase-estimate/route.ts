// Prices a purchase with Ingram's estimate (creates nothing), after the same checks as the purchase.
import { ok } from '@/lib/actions/result';
import { defineRoute } from '@/lib/actions/route';
import { authorizeLicenseChange } from '@/lib/auth/license-access';
import { getIngramClient } from '@/lib/ingram';
import { estimatePlan } from '@/lib/purchase/estimate';
import { planPurchase } from '@/lib/purchase/plan';
import { estimateSearchSchema, tenantRefSchema } from '@/lib/validations/purchase';

export const dynamic = 'force-dynamic';

export const GET = defineRoute({
  route: '/api/tenants/[tenantId]/purchase-estimate',
  permission: 'licenses.manage',
  authorize: authorizeLicenseChange,
  params: tenantRefSchema,
  search: estimateSearchSchema,
  async run({ params: { tenantId }, search }) {
    const client = getIngramClient();
    const planned = await planPurchase({ ...search, tenantId }, client);
    if (!planned.ok) return planned;
    const plan = planned.data;
    return ok({ estimate: await estimatePlan(plan, client), orderQuantity: plan.orderQuantity, termCode: plan.variant.termCode, billingCode: plan.variant.billingCode });
  },
});
