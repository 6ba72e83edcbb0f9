import 'server-only';
// The Ingram Micro settings as the page sees them (no secret in any form), and the role choices.
import { asc } from 'drizzle-orm';
import { getDb } from '@/db';
import { customRoles } from '@/db/schema';
import { builtinRoles, roleLabel } from '@/lib/auth/roles';
import { env } from '@/lib/env';
import { BASE_URL_CHOICES, sandboxBaseUrl, type BaseUrlChoice } from '@/lib/validations/ingram-settings';
import { readSettingsRow } from './settings-row';

export type IngramSettingsDTO = {
  enabled: boolean;
  baseUrlChoice: BaseUrlChoice;
  customBaseUrl: string;
  username: string;
  /** Whether a password is stored: never the value, its ciphertext or its length. */
  passwordStored: boolean;
  subscriptionKeyStored: boolean;
  marketplace: string;
  purchaseRoles: string[];
  updatedAt: string | null;
  updatedBy: string | null;
};

export type RoleChoice = { value: string; label: string };

/** The base URL a choice stands for (custom: the URL typed in). */
export function baseUrlFor(choice: BaseUrlChoice, customBaseUrl: string): string {
  if (choice === 'sandbox') return sandboxBaseUrl(env().SANDBOX_PORT);
  if (choice === 'custom') return customBaseUrl.trim().replace(/\/+$/, '');
  return BASE_URL_CHOICES.find((c) => c.value === choice)!.url;
}

function choiceOf(baseUrl: string): { baseUrlChoice: BaseUrlChoice; customBaseUrl: string } {
  const clean = baseUrl.trim().replace(/\/+$/, '');
  if (clean === sandboxBaseUrl(env().SANDBOX_PORT)) return { baseUrlChoice: 'sandbox', customBaseUrl: '' };
  const known = BASE_URL_CHOICES.find((c) => c.url && c.url === clean);
  return known ? { baseUrlChoice: known.value, customBaseUrl: '' } : { baseUrlChoice: 'custom', customBaseUrl: clean };
}

export function readIngramSettings(): IngramSettingsDTO {
  const row = readSettingsRow();
  if (!row) {
    return {
      enabled: false,
      baseUrlChoice: 'na',
      customBaseUrl: '',
      username: '',
      passwordStored: false,
      subscriptionKeyStored: false,
      marketplace: 'us',
      purchaseRoles: [],
      updatedAt: null,
      updatedBy: null,
    };
  }
  return {
    enabled: row.enabled,
    ...choiceOf(row.baseUrl),
    username: row.username,
    passwordStored: !!row.passwordEnc,
    subscriptionKeyStored: !!row.subscriptionKeyEnc,
    marketplace: row.marketplace,
    purchaseRoles: Array.isArray(row.purchaseRoles) ? row.purchaseRoles : [],
    updatedAt: row.updatedAt ? row.updatedAt.toISOString() : null,
    updatedBy: row.updatedBy,
  };
}

/** Built-in roles, then custom roles with the level they borrow. */
export function listRoleChoices(): RoleChoice[] {
  const custom = getDb().select({ name: customRoles.name, base: customRoles.baseRole }).from(customRoles).orderBy(asc(customRoles.name)).all();
  return [...builtinRoles.map((r) => ({ value: r, label: roleLabel[r] })), ...custom.map((c) => ({ value: c.name, label: `${c.name} (custom, ${roleLabel[c.base]} level)` }))];
}
