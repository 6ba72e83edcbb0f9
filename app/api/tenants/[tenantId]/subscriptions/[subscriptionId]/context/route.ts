// What a change dialog needs, fresh from Ingram: quantity, product bounds, NCE window, open order.
import { ok } from '@/lib/actions/result';
import { defineRoute } from '@/lib/actions/route';
import { authorizeLicenseChange } from '@/lib/auth/license-access';
import { getIngramClient } from '@/lib/ingram';
import { changeContext, isRefusal, resolveTarget } from '@/lib/licenses/context';
import { subscriptionRefSchema } from '@/lib/validations/licenses';

export const dynamic = 'force-dynamic';

export const GET = defineRoute({
  route: '/api/tenants/[tenantId]/subscriptions/[subscriptionId]/context',
  permission: 'licenses.manage',
  authorize: authorizeLicenseChange,
  params: subscriptionRefSchema,
  async run({ params: { tenantId, subscriptionId } }) {
    const client = getIngramClient();
    const target = await resolveTarget(client, tenantId, subscriptionId);
    if (isRefusal(target)) return target;
    return ok(await changeContext(client, target));
  },
});
