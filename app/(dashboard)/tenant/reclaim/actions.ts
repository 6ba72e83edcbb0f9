'use server';
import { revalidatePath } from 'next/cache';
import { defineAction } from '@/lib/actions/factory';
import { auditedWrites } from '@/lib/actions/audited-write';
import { fail } from '@/lib/actions/result';
import { removeSpareMark, setSpareMark, subscriptionOfTenant } from '@/lib/reclaim/spare-seats';
import { getTenantByTenantId } from '@/lib/tenants/queries';
import { spareSeatsRemoveSchema, spareSeatsSchema } from '@/lib/validations/reclaim';

const { refused, succeeded } = auditedWrites(() => revalidatePath('/tenant/reclaim'));

// Marks a tenant (every subscription of it) or one subscription with seats to keep spare: the planner reclaims none of them.
export const setSpareSeats = defineAction({
  name: 'reclaim.setSpareSeats',
  permission: 'reclaim.spareSeats',
  schema: spareSeatsSchema,
  async run({ tenantId, subscriptionId, seats }, ctx) {
    const tenant = getTenantByTenantId(tenantId);
    if (!tenant) return refused(ctx, fail('NOT_FOUND', 'That tenant does not exist.'), { tenantId }, 'failure');
    const sub = subscriptionId ? subscriptionOfTenant(tenantId, subscriptionId) : undefined;
    if (subscriptionId && !sub) return refused(ctx, fail('NOT_FOUND', `Subscription ${subscriptionId} is not one of ${tenant.displayName}'s.`), { tenantId, target: subscriptionId }, 'failure');
    const { before } = setSpareMark(tenantId, subscriptionId, seats, ctx.user.email);
    const target = sub ? `${sub.productName} (${subscriptionId})` : tenant.displayName;
    return succeeded(ctx, { tenantId, target, before: { spareSeats: before }, after: { spareSeats: seats, on: subscriptionId ? 'subscription' : 'tenant' } }, { seats });
  },
});

// Removes a "keep spare seats" mark: the planner counts those seats again.
export const removeSpareSeats = defineAction({
  name: 'reclaim.removeSpareSeats',
  permission: 'reclaim.spareSeats',
  schema: spareSeatsRemoveSchema,
  async run({ tenantId, id }, ctx) {
    const gone = removeSpareMark(tenantId, id);
    if (!gone) return refused(ctx, fail('NOT_FOUND', 'That mark no longer exists. Reload the page.'), { tenantId, target: `mark ${id}` }, 'failure');
    return succeeded(ctx, { tenantId, target: gone.subscriptionId ?? 'tenant', before: { spareSeats: gone.seats }, after: { spareSeats: null } }, { id });
  },
});
