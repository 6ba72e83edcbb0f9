'use server';
import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { auditedWrites } from '@/lib/actions/audited-write';
import { defineAction } from '@/lib/actions/factory';
import { fail, ok } from '@/lib/actions/result';
import { deleteChannel, listChannels, saveChannel } from '@/lib/alerts/channels';
import { deleteRule, saveRule } from '@/lib/alerts/rules';
import { readSmtpSettings, saveSmtpSettings } from '@/lib/alerts/smtp-settings';
import { availableAlertKinds } from '@/lib/alerts/sources/registry';
import { sendChannelTest } from '@/lib/alerts/test-send';
import { channelSchema, idSchema, ruleSchema, smtpSettingsSchema } from '@/lib/validations/alerts';

const { refused, succeeded } = auditedWrites(() => revalidatePath('/settings/alerts'));

// Saves the SMTP settings alerts are emailed with (the password encrypted; empty keeps it).
export const saveSmtpSettingsAction = defineAction({
  name: 'alerts.smtp.save',
  permission: 'alerts.manage',
  schema: smtpSettingsSchema,
  async run(input, ctx) {
    const { before, after, changed } = saveSmtpSettings(input, ctx.user.email);
    const message = changed.length ? `Changed: ${changed.join(', ')}` : 'Saved without changes';
    return succeeded(ctx, { target: 'Alert SMTP settings', before, after: { ...after, changed }, message }, { changed, settings: readSmtpSettings() });
  },
});

// Adds or edits an alert channel (webhook URL and signing secret encrypted; empty keeps them).
export const saveAlertChannel = defineAction({
  name: 'alerts.channel.save',
  permission: 'alerts.manage',
  schema: channelSchema,
  async run(input, ctx) {
    const result = saveChannel(input);
    // The audit names a changed URL or secret, never its value.
    const secrets = [input.url && 'url', input.secret && 'secret'].filter(Boolean).join(', ');
    if (!result.ok) return refused(ctx, result, { target: `Alert channel ${input.name}` }, 'failure');
    const { before, after } = result.data;
    return succeeded(ctx, { target: `Alert channel ${after.name}`, before, after, message: secrets ? `Secrets replaced: ${secrets}` : null }, after);
  },
});

// Deletes an alert channel and its queued deliveries.
export const deleteAlertChannel = defineAction({
  name: 'alerts.channel.delete',
  permission: 'alerts.manage',
  schema: idSchema,
  async run({ id }, ctx) {
    const before = deleteChannel(id);
    if (!before) return fail('NOT_FOUND', 'That channel no longer exists. Reload the page.');
    return succeeded(ctx, { target: `Alert channel ${before.name}`, before }, { id });
  },
});

// Sends a test message on a saved channel at once and returns what happened (status, error).
export const testAlertChannel = defineAction({
  name: 'alerts.channel.test',
  permission: 'alerts.manage',
  schema: idSchema,
  async run({ id }, ctx) {
    const sent = await sendChannelTest(id, ctx.user.email);
    if (!sent) return fail('NOT_FOUND', 'That channel no longer exists. Reload the page.');
    const { outcome, channelName } = sent;
    ctx.audit({ result: outcome.ok ? 'success' : 'failure', target: `Alert channel ${channelName}`, after: { status: outcome.status ?? null }, message: outcome.ok ? 'Test sent' : outcome.error });
    revalidatePath('/settings/alerts');
    // Wrapped: the outcome's own `ok` field is the test's result, not the action's.
    return ok({ sent: outcome.ok, status: outcome.status ?? null, error: outcome.ok ? null : outcome.error });
  },
});

// Adds or edits an alert rule (kind, parameters, exclusions, channels, delivery, on/off).
export const saveAlertRule = defineAction({
  name: 'alerts.rule.save',
  permission: 'alerts.manage',
  schema: ruleSchema,
  async run(input, ctx) {
    const fieldErrors: Record<string, string[]> = {};
    if (!availableAlertKinds().includes(input.kind)) fieldErrors.kind = ['This kind needs the license inventory, which is not available yet'];
    const known = new Set(listChannels().map((c) => c.id));
    if (input.channelIds.some((id) => !known.has(id))) fieldErrors.channelIds = ['A chosen channel no longer exists: reload the page'];
    if (Object.keys(fieldErrors).length) {
      return refused(ctx, fail('VALIDATION', 'Some values are not valid. Correct them and try again.', { fieldErrors }), { target: `Alert rule ${input.name}` }, 'failure');
    }
    const saved = saveRule(input);
    if (!saved) return fail('NOT_FOUND', 'That rule no longer exists. Reload the page.');
    return succeeded(ctx, { target: `Alert rule ${saved.after.name}`, before: saved.before, after: saved.after }, saved.after);
  },
});

// Deletes an alert rule (its recorded events go with it).
export const deleteAlertRule = defineAction({
  name: 'alerts.rule.delete',
  permission: 'alerts.manage',
  schema: z.object({ id: z.number().int().positive() }),
  async run({ id }, ctx) {
    const before = deleteRule(id);
    if (!before) return fail('NOT_FOUND', 'That rule no longer exists. Reload the page.');
    return succeeded(ctx, { target: `Alert rule ${before.name}`, before }, { id });
  },
});
