import 'server-only';
// The one reader of the Ingram Micro settings row, and the one answer to "is the integration set up?".
import { eq, sql } from 'drizzle-orm';
import { preparedOnce } from '@/db';
import { ingramSettings } from '@/db/schema';

export const SETTINGS_ID = 1;

export type IngramSettingsRow = typeof ingramSettings.$inferSelect;
type IntegrationState = 'unconfigured' | 'disabled' | 'enabled';

// Read by every Ingram call's client: prepared once per connection, still read each time.
const settingsRow = preparedOnce((db) =>
  db
    .select()
    .from(ingramSettings)
    .where(eq(ingramSettings.id, sql.placeholder('id')))
    .prepare(),
);

export function readSettingsRow(): IngramSettingsRow | undefined {
  return settingsRow().get({ id: SETTINGS_ID });
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
