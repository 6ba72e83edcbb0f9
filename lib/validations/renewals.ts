// The Renewals page's range and its bulk changes: shared by the GET route, the actions and the form.
import { z } from 'zod';
import { bulkKinds } from '@/lib/renewals/types';
import { ingramIdRule, tenantIdRule } from './ids';

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'A day as YYYY-MM-DD');

/** GET /api/renewals: one tenant or all, renewing within `days` from today (default 60). */
export const renewalsSearchSchema = z.object({
  tenantId: tenantIdRule().optional(),
  days: z.coerce.number().int().min(1).max(730).default(60),
  /** Only this renewal day (the calendar's click). */
  day: day.optional(),
});
export type RenewalsSearch = z.output<typeof renewalsSearchSchema>;

const subscriptionId = ingramIdRule('Not a subscription id');
const seats = z.number({ error: 'Enter a number of seats' }).int('Seats must be a whole number').min(1, 'At least 1 seat').max(100_000, 'At most 100000 seats');

/** The change chosen for a selection; seats is the new quantity or the decrease. */
const change = {
  kind: z.enum(bulkKinds),
  seats: seats.optional(),
};
const seatsWhenNeeded = (v: { kind: string; seats?: number }, ctx: z.RefinementCtx) => {
  if (v.kind !== 'auto-renew-off' && v.seats === undefined) ctx.addIssue({ code: 'custom', path: ['seats'], message: 'Enter a number of seats' });
};

export const bulkDryRunSchema = z
  .object({ subscriptionIds: z.array(subscriptionId).min(1, 'Select at least one subscription').max(200, 'At most 200 at a time'), ...change })
  .superRefine(seatsWhenNeeded);
export type BulkDryRunInput = z.input<typeof bulkDryRunSchema>;

export const bulkPlaceSchema = z
  .object({
    /** The dry run's batch: with the subscription it makes the request key, so a retry never doubles. */
    batchId: z.uuid('Run the dry run again'),
    tenantId: tenantIdRule(),
    subscriptionId,
    ...change,
  })
  .superRefine(seatsWhenNeeded);
export type BulkPlaceInput = z.input<typeof bulkPlaceSchema>;
