// Prices a seat change (?kind=add|remove|schedule-decrease&seats=N) or a cancellation (?kind=cancel)
// with POST /orders/estimate, after the same checks as the change itself (creates nothing).
import { ok } from '@/lib/actions/result';
import { defineRoute } from '@/lib/actions/route';
import { authorizeLicenseChange } from '@/lib/auth/license-access';
import { getIngramClient } from '@/lib/ingram';
import { estimateCancellation, planCancellation, planSeatChange, toEstimate } from '@/lib/licenses/changes';
import { estimateSeatChange } from '@/lib/licenses/seat-change';
import { isRefusal, resolveTarget } from '@/lib/licenses/context';
import type { LicenseEstimate } from '@/lib/licenses/types';
import { estimateSearchSchema, subscriptionRefSchema } from '@/lib/validations/licenses';

export const dynamic = 'force-dynamic';

type SubscriptionEstimate = { quantity: number; estimate: LicenseEstimate } | { before: number; after: number; estimate: LicenseEstimate };

export const GET = defineRoute({
  route: '/api/tenants/[tenantId]/subscriptions/[subscriptionId]/estimate',
  permission: 'licenses.manage',
  authorize: authorizeLicenseChange,
  params: subscriptionRefSchema,
  search: estimateSearchSchema,
  async run({ params: { tenantId, subscriptionId }, search }) {
    const client = getIngramClient();
    const target = await resolveTarget(client, tenantId, subscriptionId);
    if (isRefusal(target)) return target;
    if (search.kind === 'cancel') {
      const plan = await planCancellation(client, target);
      if (isRefusal(plan)) return plan;
      return ok<SubscriptionEstimate>({ quantity: plan.quantity, estimate: await estimateCancellation(client, target) });
    }
    const plan = await planSeatChange(client, target, search.kind, search.seats);
    if (isRefusal(plan)) return plan;
    return ok<SubscriptionEstimate>({ before: plan.before, after: plan.after, estimate: toEstimate(await estimateSeatChange(client, plan.change)) });
  },
});
