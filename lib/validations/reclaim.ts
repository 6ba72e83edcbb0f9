// Reclaim planner schemas shared by the "keep spare seats" dialog (zodResolver), its actions and the plan route.
import { z } from 'zod';
import { ingramIdRule, tenantIdRule } from './ids';

export const MAX_SPARE_SEATS = 10_000;

/** A number of spare seats: a whole number from 1 to 10,000 (to keep none, the mark is removed). */
export const spareSeatsField = z.coerce
  .number({ error: 'Enter a number of seats' })
  .refine(Number.isFinite, 'Enter a number of seats')
  .refine(Number.isInteger, 'Seats must be a whole number')
  .refine((n) => n >= 1, 'At least 1 seat: to keep none, remove the mark')
  .refine((n) => n <= MAX_SPARE_SEATS, `At most ${MAX_SPARE_SEATS.toLocaleString('en-US')} seats`);

/** A mark on a whole tenant (no subscription) or on one of its subscriptions. */
export const spareSeatsSchema = z.object({
  tenantId: tenantIdRule(),
  subscriptionId: ingramIdRule('Not a subscription id').optional(),
  seats: spareSeatsField,
});
export type SpareSeatsInput = z.input<typeof spareSeatsSchema>;

export const spareSeatsRemoveSchema = z.object({ tenantId: tenantIdRule(), id: z.number().int().positive() });

/** GET /api/reclaim: one tenant, or every tenant of the role's scope when none is named. */
export const reclaimSearchSchema = z.object({ tenantId: tenantIdRule().optional() });
