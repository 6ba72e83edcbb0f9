// The inventory sync's schedule, shared by the Sync tab's form (zodResolver) and its action.
import { z } from 'zod';

const whole = (label: string, min: number, max: number) =>
  z.coerce
    .number({ error: `${label} must be a number` })
    .int(`${label} must be a whole number`)
    .min(min, `${label} must be at least ${min}`)
    .max(max, `${label} must be at most ${max}`);

export const syncSettingsSchema = z.object({
  enabled: z.boolean(),
  intervalMinutes: whole('The interval', 5, 1440),
  fullRunAt: z
    .string()
    .trim()
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Enter a time as HH:MM (UTC), e.g. 02:00'),
  callBudgetPerMinute: whole('The call budget', 10, 100_000),
  staleAfterSeconds: whole('The staleness limit', 10, 86_400),
});
export type SyncSettingsFormInput = z.input<typeof syncSettingsSchema>;

export const startSyncSchema = z.object({ kind: z.enum(['full', 'incremental']) });

export const retryTenantSchema = z.object({ tenantId: z.string().trim().toLowerCase().min(1, 'Choose a tenant').max(100) });
