// License change schemas shared by the CSP Licenses dialogs (zodResolver) and their actions.
import { z } from 'zod';

import { ingramIdRule, requestKeyRule, tenantIdRule } from './ids';

const tenantId = tenantIdRule();
const subscriptionId = ingramIdRule('Not a subscription id');
const requestKey = requestKeyRule('Open the dialog again');

export const seatChangeKinds = ['add', 'remove', 'schedule-decrease'] as const;
export type SeatChangeKind = (typeof seatChangeKinds)[number];

/** N seats: a whole number from 1 up to `max` (what the product and the current quantity allow). */
export function seatsField(max = Number.MAX_SAFE_INTEGER, reason = 'that is more than this change allows') {
  return z.coerce
    .number({ error: 'Enter a number of seats' })
    .refine(Number.isFinite, 'Enter a number of seats')
    .refine(Number.isInteger, 'Seats must be a whole number')
    .refine((n) => n >= 1, 'At least 1 seat')
    .refine((n) => n <= max, `At most ${max} seat${max === 1 ? '' : 's'}: ${reason}`);
}

/** The dialog's form: only the number of seats, with the bounds known when it opened. */
export const seatFormSchema = (max?: number, reason?: string) => z.object({ seats: seatsField(max, reason) });
export type SeatFormInput = z.input<ReturnType<typeof seatFormSchema>>;

export const seatChangeSchema = z.object({
  tenantId,
  subscriptionId,
  kind: z.enum(seatChangeKinds),
  seats: seatsField(),
  requestKey,
});
export type SeatChangeInput = z.input<typeof seatChangeSchema>;

/** GET …/subscriptions/{id}/estimate: a seat change (kind and seats) or a cancellation. */
export const estimateSearchSchema = z.discriminatedUnion('kind', [z.object({ kind: z.enum(seatChangeKinds), seats: seatsField() }), z.object({ kind: z.literal('cancel') })]);

export const subscriptionRefSchema = z.object({ tenantId, subscriptionId });

export const cancelSchema = subscriptionRefSchema.extend({ requestKey });

export const autoRenewSchema = subscriptionRefSchema.extend({ on: z.boolean() });
