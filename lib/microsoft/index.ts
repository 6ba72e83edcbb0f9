import 'server-only';
// The app's way in: the Microsoft client built from the saved settings, tokens shared per tenant.
import { decryptSecret } from '@/lib/crypto';
import { env } from '@/lib/env';
import { isMicrosoftConfigured, readMicrosoftSettingsRow } from '@/lib/settings/microsoft-settings';
import { createMicrosoftClient, type MicrosoftClient } from './client';
import type { MicrosoftClientOptions, MicrosoftConnection } from './connection';
import { MicrosoftError } from './errors';
import { MICROSOFT_PUBLIC_GRAPH, MICROSOFT_PUBLIC_LOGIN } from './hosts';
import { TokenCache } from './token';

// One cache for the server process: a token per tenant, reused until shortly before it expires.
const sharedTokens = new TokenCache();

/** The decrypted connection from the settings row; throws 'unconfigured' or 'config'. */
export function readMicrosoftConnection(): MicrosoftConnection {
  const operation = 'read the Microsoft settings';
  const row = readMicrosoftSettingsRow();
  if (!isMicrosoftConfigured(row)) throw new MicrosoftError({ operation, kind: 'unconfigured' });
  let clientSecret: string;
  try {
    clientSecret = decryptSecret(row.clientSecretEnc);
  } catch (e) {
    throw new MicrosoftError({ operation, kind: 'config', detail: e instanceof Error ? e.message : 'the stored client secret could not be decrypted' });
  }
  return {
    partnerTenantId: row.partnerTenantId,
    clientId: row.clientId,
    clientSecret,
    loginBaseUrl: row.loginBaseUrl || MICROSOFT_PUBLIC_LOGIN,
    graphBaseUrl: row.graphBaseUrl || MICROSOFT_PUBLIC_GRAPH,
  };
}

/** A client for the saved settings, with the same budget as Ingram calls (timeout, pool, retries). */
export function getMicrosoftClient(over: Partial<MicrosoftClientOptions> = {}): MicrosoftClient {
  const e = env();
  return createMicrosoftClient({
    connection: readMicrosoftConnection(),
    tokens: sharedTokens,
    options: { timeoutMs: e.INGRAM_TIMEOUT_MS, concurrency: e.INGRAM_CONCURRENCY, maxRetries: e.INGRAM_MAX_RETRIES, ...over },
  });
}

/** Called when the settings are saved: the next call asks for new tokens. */
export function dropMicrosoftTokens(): void {
  sharedTokens.clear();
}

export { createMicrosoftClient, type MicrosoftClient, type TenantResult } from './client';
export { TokenCache } from './token';
export { testMicrosoftConnection } from './connection-test';
export { MicrosoftError, isMicrosoftError, type PublicMicrosoftError, type MicrosoftErrorKind } from './errors';
export type { MicrosoftConnection, MicrosoftClientOptions } from './connection';
export type * from './types';
