import 'server-only';
// The Microsoft connection settings: the one reader of their row, the page's DTO (no secret in any
// form) and saving (secret encrypted; empty keeps it, but never across a change of host, app or tenant).
import { eq, sql } from 'drizzle-orm';
import { getDb, preparedOnce } from '@/db';
import { microsoftSettings } from '@/db/schema';
import { encryptSecret } from '@/lib/crypto';
import { MICROSOFT_PUBLIC_GRAPH, MICROSOFT_PUBLIC_LOGIN, type MicrosoftSettingsValues } from '@/lib/validations/microsoft-settings';

const ID = 1;
export type MicrosoftSettingsRow = typeof microsoftSettings.$inferSelect;

export type MicrosoftSettingsDTO = {
  partnerTenantId: string;
  clientId: string;
  /** Whether a secret is stored: never the value, its ciphertext or its length. */
  clientSecretStored: boolean;
  loginBaseUrl: string;
  graphBaseUrl: string;
  configured: boolean;
  updatedAt: string | null;
  updatedBy: string | null;
};

// Every license read asks (for the usage notice): prepared once per connection, still read each time.
const settingsRow = preparedOnce((db) =>
  db
    .select()
    .from(microsoftSettings)
    .where(eq(microsoftSettings.id, sql.placeholder('id')))
    .prepare(),
);

export function readMicrosoftSettingsRow(): MicrosoftSettingsRow | undefined {
  return settingsRow().get({ id: ID });
}

/** Set up means a partner tenant, a client id and a secret are stored. */
export function isMicrosoftConfigured(row: MicrosoftSettingsRow | undefined): row is MicrosoftSettingsRow & { clientSecretEnc: string } {
  return !!row && !!row.partnerTenantId && !!row.clientId && !!row.clientSecretEnc;
}

export function readMicrosoftSettings(): MicrosoftSettingsDTO {
  const row = readMicrosoftSettingsRow();
  return {
    partnerTenantId: row?.partnerTenantId ?? '',
    clientId: row?.clientId ?? '',
    clientSecretStored: !!row?.clientSecretEnc,
    loginBaseUrl: row?.loginBaseUrl || MICROSOFT_PUBLIC_LOGIN,
    graphBaseUrl: row?.graphBaseUrl || MICROSOFT_PUBLIC_GRAPH,
    configured: isMicrosoftConfigured(row),
    updatedAt: row?.updatedAt ? row.updatedAt.toISOString() : null,
    updatedBy: row?.updatedBy ?? null,
  };
}

type Plain = Omit<MicrosoftSettingsValues, 'clientSecret'>;
type SaveOutcome = { ok: true; changed: string[]; before: Plain; after: Plain } | { ok: false; fieldErrors: Record<string, string[]> };

export function saveMicrosoftSettings(values: MicrosoftSettingsValues, updatedBy: string): SaveOutcome {
  const row = readMicrosoftSettingsRow();
  const before: Plain = {
    partnerTenantId: row?.partnerTenantId ?? '',
    clientId: row?.clientId ?? '',
    loginBaseUrl: row?.loginBaseUrl || MICROSOFT_PUBLIC_LOGIN,
    graphBaseUrl: row?.graphBaseUrl || MICROSOFT_PUBLIC_GRAPH,
  };
  const after: Plain = { partnerTenantId: values.partnerTenantId, clientId: values.clientId, loginBaseUrl: values.loginBaseUrl, graphBaseUrl: values.graphBaseUrl };
  // The stored secret belongs to the hosts, app and tenant it was typed for: a change requires it again.
  const moved = !!row?.clientSecretEnc && (Object.keys(after) as Array<keyof Plain>).some((k) => before[k] !== after[k]);
  if (moved && !values.clientSecret) return { ok: false, fieldErrors: { clientSecret: ['A host, the client id or the partner tenant changed: type the client secret again'] } };
  const changed: string[] = (Object.keys(after) as Array<keyof Plain>).filter((k) => before[k] !== after[k]);
  if (values.clientSecret) changed.push('clientSecret');
  const set = { ...after, ...(values.clientSecret ? { clientSecretEnc: encryptSecret(values.clientSecret) } : {}), updatedAt: new Date(), updatedBy };
  getDb()
    .insert(microsoftSettings)
    .values({ id: ID, ...set })
    .onConflictDoUpdate({ target: microsoftSettings.id, set })
    .run();
  return { ok: true, changed, before, after };
}
