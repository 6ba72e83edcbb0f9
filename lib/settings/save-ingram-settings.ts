import 'server-only';
// Saving the Ingram Micro settings: secrets encrypted, empty secret fields keep what is stored
// (but never across a change of host or user name), and the cached token dropped.
import { getDb } from '@/db';
import { ingramSettings } from '@/db/schema';
import { encryptSecret } from '@/lib/crypto';
import { env } from '@/lib/env';
import { dropCachedToken } from '@/lib/ingram';
import { hostKind, type IngramSettingsValues } from '@/lib/validations/ingram-settings';
import { baseUrlFor } from './ingram-settings';
import { readSettingsRow, SETTINGS_ID } from './settings-row';

type Plain = { enabled: boolean; baseUrl: string; username: string; marketplace: string; purchaseRoles: string[] };

type SaveOutcome = { ok: true; changed: string[]; before: Plain; after: Plain } | { ok: false; fieldErrors: Record<string, string[]> };

const sameRoles = (a: string[], b: string[]) => a.length === b.length && [...a].sort().join('\n') === [...b].sort().join('\n');

export function saveIngramSettings(values: IngramSettingsValues, updatedBy: string): SaveOutcome {
  const db = getDb();
  const row = readSettingsRow();
  const fieldErrors: Record<string, string[]> = {};
  const baseUrl = baseUrlFor(values.baseUrlChoice, values.customBaseUrl);
  if (hostKind(baseUrl) === 'custom' && env().INGRAM_ALLOW_CUSTOM_HOSTS !== '1') {
    fieldErrors.customBaseUrl = ["Only Ingram Micro's own hosts or this machine: other hosts are switched off on this server (INGRAM_ALLOW_CUSTOM_HOSTS)"];
  }
  // Stored secrets belong to the host and user they were typed for: a change requires both again.
  const moved = !!row && (row.baseUrl !== baseUrl || row.username !== values.username) && !!(row.passwordEnc || row.subscriptionKeyEnc);
  if (moved && !values.password) fieldErrors.password = ['The host or username changed: type the API password again'];
  if (moved && !values.subscriptionKey) fieldErrors.subscriptionKey = ['The host or username changed: type the subscription key again'];
  if (values.enabled && !values.password && !row?.passwordEnc) fieldErrors.password = ['Enter the API password to enable the integration'];
  if (values.enabled && !values.subscriptionKey && !row?.subscriptionKeyEnc) fieldErrors.subscriptionKey = ['Enter the subscription key to enable the integration'];
  if (Object.keys(fieldErrors).length) return { ok: false, fieldErrors };

  const before: Plain = {
    enabled: row?.enabled ?? false,
    baseUrl: row?.baseUrl ?? '',
    username: row?.username ?? '',
    marketplace: row?.marketplace ?? 'us',
    purchaseRoles: Array.isArray(row?.purchaseRoles) ? row.purchaseRoles : [],
  };
  const after: Plain = {
    enabled: values.enabled,
    baseUrl,
    username: values.username,
    marketplace: values.marketplace,
    purchaseRoles: [...new Set(values.purchaseRoles)],
  };
  const changed = (Object.keys(after) as Array<keyof Plain>).filter((k) => (k === 'purchaseRoles' ? !sameRoles(before.purchaseRoles, after.purchaseRoles) : before[k] !== after[k])) as string[];
  // Secrets are named, never shown: the audit row lists "password", not a value or a length.
  if (values.password) changed.push('password');
  if (values.subscriptionKey) changed.push('subscriptionKey');

  const secrets = {
    ...(values.password ? { passwordEnc: encryptSecret(values.password) } : {}),
    ...(values.subscriptionKey ? { subscriptionKeyEnc: encryptSecret(values.subscriptionKey) } : {}),
  };
  db.insert(ingramSettings)
    .values({ id: SETTINGS_ID, ...after, ...secrets, updatedAt: new Date(), updatedBy })
    .onConflictDoUpdate({ target: ingramSettings.id, set: { ...after, ...secrets, updatedAt: new Date(), updatedBy } })
    .run();
  dropCachedToken();
  return { ok: true, changed, before, after };
}
