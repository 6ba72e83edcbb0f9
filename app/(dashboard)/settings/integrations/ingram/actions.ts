'use server';
import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { saveApprovalPolicy } from '@/lib/approvals/store';
import { defineAction } from '@/lib/actions/factory';
import { fail, ok } from '@/lib/actions/result';
import { getIngramClient } from '@/lib/ingram';
import { readIngramSettings } from '@/lib/settings/ingram-settings';
import { saveIngramSettings } from '@/lib/settings/save-ingram-settings';
import { approvalPolicySchema } from '@/lib/validations/approvals';
import { ingramSettingsSchema } from '@/lib/validations/ingram-settings';

// Saves the Ingram Micro settings (secrets encrypted; empty secret fields keep the stored ones).
export const saveIngramSettingsAction = defineAction({
  name: 'integrations.ingram.save',
  permission: 'integrations.manage',
  schema: ingramSettingsSchema,
  async run(input, ctx) {
    const outcome = saveIngramSettings(input, ctx.user.email);
    if (!outcome.ok) {
      ctx.audit({ result: 'failure', target: 'Ingram Micro settings', message: Object.keys(outcome.fieldErrors).join(', ') });
      return fail('VALIDATION', 'Some values are missing. Correct them and try again.', { fieldErrors: outcome.fieldErrors });
    }
    const { changed, before, after } = outcome;
    ctx.audit({
      result: 'success',
      target: 'Ingram Micro settings',
      before,
      after: { ...after, changed },
      message: changed.length ? `Changed: ${changed.join(', ')}` : 'Saved without changes',
    });
    revalidatePath('/', 'layout');
    return ok({ changed, settings: readIngramSettings() });
  },
});

// Tests the saved connection step by step (allowed while the integration is off).
export const testIngramConnection = defineAction({
  name: 'integrations.ingram.test',
  permission: 'integrations.manage',
  schema: z.object({}),
  async run() {
    // Wrapped: the test's own result has an `ok` field, which the factory would take for an action result.
    return ok(await getIngramClient({ allowDisabled: true }).testConnection());
  },
});

// Saves the purchase approval policy (thresholds, roles that always need approval, approvers, expiry).
export const saveApprovalPolicyAction = defineAction({
  name: 'integrations.ingram.approvalPolicy',
  permission: 'integrations.manage',
  schema: approvalPolicySchema,
  async run(input, ctx) {
    const { before, after } = saveApprovalPolicy(input, ctx.user.email);
    ctx.audit({ result: 'success', target: 'Purchase approval policy', before, after, message: after.enabled ? 'Approvals on' : 'Approvals off' });
    revalidatePath('/settings/integrations/ingram');
    return ok(after);
  },
});
