import 'server-only';
// The app's way in: the client built from the saved settings, with the token cached in the database.
import { decryptSecret } from '@/lib/crypto';
import { env } from '@/lib/env';
import { isConfigured, readSettingsRow } from '@/lib/settings/settings-row';
import { createIngramClient, type IngramClient } from './client';
import { connectionFingerprint as fingerprintOf, type ClientOptions, type IngramConnection } from './connection';
import { clearDbToken, createDbTokenStore } from './db-token-store';
import { IngramError } from './errors';
import { forgetCatalogs } from './operations/catalog';
import { hostKind, sandboxBaseUrl } from './regions';

/** The decrypted connection from the settings row; throws 'unconfigured' or 'disabled'. */
export function readConnection(opts: { allowDisabled?: boolean } = {}): IngramConnection {
  const operation = 'read the Ingram Micro settings';
  const row = readSettingsRow();
  if (!isConfigured(row)) {
    throw new IngramError({ operation, kind: 'unconfigured', detail: 'enter the API username, password and subscription key in Settings > Ingram Micro' });
  }
  // Checked again at call time: a URL saved while custom hosts were allowed is not used once they are not.
  if (hostKind(row.baseUrl) === 'custom' && env().INGRAM_ALLOW_CUSTOM_HOSTS !== '1') {
    throw new IngramError({ operation, kind: 'config', detail: 'the base URL is not an Ingram Micro host, and custom hosts are switched off on this server' });
  }
  if (!row.enabled && !opts.allowDisabled) {
    throw new IngramError({ operation, kind: 'disabled', detail: 'turn the integration on in Settings > Ingram Micro' });
  }
  let password: string;
  let subscriptionKey: string;
  try {
    password = decryptSecret(row.passwordEnc);
    subscriptionKey = decryptSecret(row.subscriptionKeyEnc);
  } catch (e) {
    // EncryptionKeyError messages name the key id and the fix, never the secret.
    throw new IngramError({ operation, kind: 'config', detail: e instanceof Error ? e.message : 'a stored secret could not be decrypted' });
  }
  return { baseUrl: row.baseUrl, username: row.username, password, subscriptionKey, marketplace: row.marketplace };
}

/** A client for the saved settings. Cheap: pages may create one per request. */
export function getIngramClient(opts: { allowDisabled?: boolean; options?: Partial<ClientOptions> } = {}): IngramClient {
  const connection = readConnection(opts);
  const e = env();
  return createIngramClient({
    connection,
    tokenStore: createDbTokenStore(fingerprintOf(connection)),
    options: {
      timeoutMs: e.INGRAM_TIMEOUT_MS,
      orderTimeoutMs: e.INGRAM_ORDER_TIMEOUT_MS,
      concurrency: e.INGRAM_CONCURRENCY,
      maxRetries: e.INGRAM_MAX_RETRIES,
      trustedLoopback: [sandboxBaseUrl(e.SANDBOX_PORT)],
      ...opts.options,
    },
  });
}

/** Called when settings are saved: the next call asks for a new token and re-reads the catalog. */
export function dropCachedToken(): void {
  clearDbToken();
  forgetCatalogs();
}

/** Fingerprint of the saved settings (base URL, user, marketplace), or undefined if none are saved. */
export function connectionFingerprint(): string | undefined {
  const row = readSettingsRow();
  return row ? fingerprintOf(row) : undefined;
}

export { createIngramClient, type IngramClient } from './client';
export { createMemoryTokenStore, type TokenStore, type CachedToken } from './token';
export { IngramError, isIngramError, type PublicIngramError, type IngramErrorKind } from './errors';
export type { IngramConnection, ClientOptions } from './connection';
export type * from './types';
export { periodCode, isPeriodCode, PeriodCodeError } from './periods';
export { mapWithConcurrency } from './pool';
export { PO_SEARCH_MARGIN_MS } from './operations/place-order';
export type { MicrosoftActivation, SalesOrderInput, ChangeOrderInput, CancellationInput, Estimated } from './order-bodies';
export { microsoftTenantOf } from './activation';
