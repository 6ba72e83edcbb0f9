'use server';
import { revalidatePath } from 'next/cache';
import { defineAction } from '@/lib/actions/factory';
import { fail, ok } from '@/lib/actions/result';
import { dropMicrosoftTokens, getMicrosoftClient, isMicrosoftError, testMicrosoftConnection } from '@/lib/microsoft';
import { readMicrosoftSettings, saveMicrosoftSettings } from '@/lib/settings/microsoft-settings';
import { microsoftConnectionTestSchema, microsoftSettingsSchema } from '@/lib/validations/microsoft-settings';

// Saves the Microsoft connection (secret encrypted; an empty secret field keeps the stored one).
export const saveMicrosoftSettingsAction = defineAction({
  name: 'integrations.microsoft.save',
  permission: 'integrations.manage',
  schema: microsoftSettingsSchema,
  async run(input, ctx) {
    const outcome = saveMicrosoftSettings(input, ctx.user.email);
    if (!outcome.ok) {
      ctx.audit({ result: 'failure', target: 'Microsoft settings', message: Object.keys(outcome.fieldErrors).join(', ') });
      return fail('VALIDATION', 'Some values are missing. Correct them and try again.', { fieldErrors: outcome.fieldErrors });
    }
    const { changed, before, after } = outcome;
    dropMicrosoftTokens();
    ctx.audit({ result: 'success', target: 'Microsoft settings', before, after: { ...after, changed }, message: changed.length ? `Changed: ${changed.join(', ')}` : 'Saved without changes' });
    revalidatePath('/', 'layout');
    return ok({ changed, settings: readMicrosoftSettings() });
  },
});

// Tests the saved connection step by step: partner token, contracts, a customer's token and products.
export const testMicrosoftConnectionAction = defineAction({
  name: 'integrations.microsoft.test',
  permission: 'integrations.manage',
  schema: microsoftConnectionTestSchema,
  async run({ customerTenantId }) {
    try {
      // Wrapped: the test's own result has an `ok` field, which the factory would take for an action result.
      return ok(await testMicrosoftConnection(getMicrosoftClient(), customerTenantId || undefined));
    } catch (e) {
      if (!isMicrosoftError(e)) throw e;
      return fail(e.kind === 'unconfigured' ? 'DISABLED' : 'UPSTREAM', `${e.reason.charAt(0).toUpperCase()}${e.reason.slice(1)}.`, { upstream: e.toUpstream() });
    }
  },
});
