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
import { retryTenantSchema, startSyncSchema, syncSettingsSchema } from '@/lib/validations/sync-settings';
import { runSync, SYNC_LEASE } from '@/lib/inventory/sync/engine';
import { syncOneTenant } from '@/lib/inventory/sync/one-tenant';
import { readSyncSettings, saveSyncSettings, type SyncSettingsInput } from '@/lib/inventory/sync/settings';
import { leaseHolder } from '@/lib/jobs/lease';
import { DEFAULT_WINDOW_HOURS, removeWindowLength, saveWindowLength } from '@/lib/licenses/window-lengths';
import { removeWindowLengthSchema, windowLengthSchema } from '@/lib/validations/window-lengths';

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

// Saves the inventory sync's schedule, budget and staleness limit.
export const saveSyncSettingsAction = defineAction({
  name: 'inventory.sync.settings',
  permission: 'inventory.sync',
  schema: syncSettingsSchema,
  async run(input, ctx) {
    const before = readSyncSettings();
    saveSyncSettings(input, ctx.user.email);
    const after = readSyncSettings();
    const changed = (Object.keys(input) as Array<keyof typeof input>).filter((k) => before[k] !== after[k]);
    ctx.audit({
      result: 'success',
      target: 'Inventory sync schedule',
      before: pickSettings(before),
      after: pickSettings(after),
      message: changed.length ? `Changed: ${changed.join(', ')}` : 'Saved without changes',
    });
    return ok({ settings: after, changed });
  },
});

const pickSettings = ({ enabled, intervalMinutes, fullRunAt, callBudgetPerMinute, staleAfterSeconds }: SyncSettingsInput) => ({
  enabled,
  intervalMinutes,
  fullRunAt,
  callBudgetPerMinute,
  staleAfterSeconds,
});

// Starts a full or incremental sync now; it runs in the background and the tab follows its progress.
export const startSyncAction = defineAction({
  name: 'inventory.sync.start',
  permission: 'inventory.sync',
  schema: startSyncSchema,
  async run({ kind }, ctx) {
    if (leaseHolder(SYNC_LEASE)) return fail('CONFLICT', 'A sync is already running. Wait for it to finish, then start another.');
    // The lease is taken before runSync first awaits, so a second click finds it held.
    const started = runSync({ kind, trigger: 'manual', startedBy: { id: ctx.user.id, email: ctx.user.email, role: ctx.user.role } });
    started.catch((e: unknown) => console.warn(`[inventory] manual sync failed: ${(e as Error).message}`));
    ctx.audit({ result: 'success', target: 'Inventory sync', after: { kind }, message: `Started a ${kind} sync` });
    return ok({ kind });
  },
});

// Syncs one tenant again (after its last attempt failed) and says how it went.
export const retryTenantSyncAction = defineAction({
  name: 'inventory.sync.retry',
  permission: 'inventory.sync',
  schema: retryTenantSchema,
  async run({ tenantId }, ctx) {
    const run = await syncOneTenant(tenantId, 'retry', { id: ctx.user.id, email: ctx.user.email, role: ctx.user.role });
    if (!run) return fail('NOT_FOUND', 'That tenant is not mapped to an Ingram Micro customer any more.');
    if (run.status !== 'succeeded') return fail('UPSTREAM', run.error ?? 'The tenant could not be synced.');
    return ok({ subscriptionsSeen: run.subscriptionsSeen });
  },
});

// Sets a product's NCE window length (hours); every window of that product is counted with it.
export const saveWindowLengthAction = defineAction({
  name: 'integrations.ingram.windowLength.save',
  permission: 'integrations.manage',
  schema: windowLengthSchema,
  async run(input, ctx) {
    const { before, after } = saveWindowLength(input, ctx.user.email);
    ctx.audit({ result: 'success', target: `NCE window of ${after.mpn}`, before, after, message: `${before?.hours ?? DEFAULT_WINDOW_HOURS} h → ${after.hours} h` });
    revalidatePath('/settings/integrations/ingram');
    return ok(after);
  },
});

// Puts a product's NCE window back to the default 168 hours.
export const removeWindowLengthAction = defineAction({
  name: 'integrations.ingram.windowLength.remove',
  permission: 'integrations.manage',
  schema: removeWindowLengthSchema,
  async run({ mpn }, ctx) {
    const before = removeWindowLength(mpn);
    if (!before) return fail('NOT_FOUND', `${mpn} has no window length of its own (it uses ${DEFAULT_WINDOW_HOURS} hours). Reload the page.`);
    ctx.audit({
      result: 'success',
      target: `NCE window of ${before.mpn}`,
      before,
      after: { mpn: before.mpn, hours: DEFAULT_WINDOW_HOURS },
      message: `${before.hours} h → default ${DEFAULT_WINDOW_HOURS} h`,
    });
    revalidatePath('/settings/integrations/ingram');
    return ok({ mpn: before.mpn });
  },
});
