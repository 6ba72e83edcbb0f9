import 'server-only';
// The one reader of the Ingram Micro settings row, and the one answer to "is the integration set up?".
import { eq } from 'drizzle-orm';
import { getDb } from '@/db';
import { ingramSettings } from '@/db/schema';

export const SETTINGS_ID = 1;

export type IngramSettingsRow = typeof ingramSettings.$inferSelect;
type IntegrationState = 'unconfigured' | 'disabled' | 'enabled';

export function readSettingsRow(): IngramSettingsRow | undefined {
  return getDb().select().from(ingramSettings).where(eq(ingramSettings.id, SETTINGS_ID)).get();
}

/** Set up means a base URL, a user name, a password and a subscription key are stored (on or off). */
export function isConfigured(row: IngramSettingsRow | undefined): row is IngramSettingsRow & { passwordEnc: string; subscriptionKeyEnc: string } {
  return !!row && !!row.baseUrl && !!row.username && !!row.passwordEnc && !!row.subscriptionKeyEnc;
}

export function integrationState(): IntegrationState {
  const row = readSettingsRow();
  if (!isConfigured(row)) return 'unconfigured';
  return row.enabled ? 'enabled' : 'disabled';
}
