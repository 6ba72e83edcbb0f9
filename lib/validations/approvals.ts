// The approval policy form and the approve / reject decisions, shared by forms and actions.
import { z } from 'zod';

const amount = z
  .string()
  .trim()
  .refine((v) => v === '' || /^\d{1,9}(\.\d{1,2})?$/.test(v), 'An amount such as 500 or 499.99, or empty for no limit')
  .transform((v) => (v === '' ? null : Number(v)));
const whole = (max: number, unit: string) =>
  z
    .string()
    .trim()
    .refine((v) => v === '' || (/^\d{1,6}$/.test(v) && Number(v) >= 1 && Number(v) <= max), `A whole number of ${unit} from 1 to ${max}, or empty for no limit`)
    .transform((v) => (v === '' ? null : Number(v)));
const roleList = z.array(z.string().trim().min(1).max(60)).max(50);

export const approvalPolicySchema = z
  .object({
    enabled: z.boolean(),
    maxMonthly: amount,
    maxTermTotal: amount,
    maxSeats: whole(100_000, 'seats'),
    maxTermMonths: whole(120, 'months'),
    alwaysForRoles: roleList,
    approverRoles: roleList,
    expiryHours: z
      .string()
      .trim()
      .refine((v) => /^\d{1,4}$/.test(v) && Number(v) >= 1 && Number(v) <= 720, 'Between 1 and 720 hours')
      .transform(Number),
  })
  .superRefine((v, ctx) => {
    if (v.enabled && v.approverRoles.length === 0) ctx.addIssue({ code: 'custom', path: ['approverRoles'], message: 'Choose at least one role that may approve' });
    if (v.enabled && v.maxMonthly === null && v.maxTermTotal === null && v.maxSeats === null && v.maxTermMonths === null && v.alwaysForRoles.length === 0)
      ctx.addIssue({ code: 'custom', path: ['maxMonthly'], message: 'Set at least one threshold or a role that always needs approval' });
  });
export type ApprovalPolicyInput = z.input<typeof approvalPolicySchema>;

export const approveSchema = z.object({
  id: z.number().int().positive(),
  /** The new total the approver saw after a price change, confirming it. */
  confirmedTotal: z.string().max(40).nullable().optional(),
});

export const rejectSchema = z.object({
  id: z.number().int().positive(),
  reason: z.string().trim().min(3, 'Say why, in a few words (at least 3 characters)').max(500, 'At most 500 characters'),
});
export type RejectInput = z.input<typeof rejectSchema>;
