import 'server-only';
// The Microsoft half of a tenant's sync: its products and the subscriptions behind them, linked to
// the Ingram rows just written. Only when Microsoft is connected; a failure is the tenant's own.
import { env } from '@/lib/env';
import { getMicrosoftClient, isMicrosoftError, type MicrosoftClient, type MicrosoftErrorKind } from '@/lib/microsoft';
import { isMicrosoftConfigured, readMicrosoftSettingsRow } from '@/lib/settings/microsoft-settings';
import type { UsageErrorKind } from '../usage';
import { ingramSideOf, linkUsage, recordUsageError, usageReadAt, writeTenantUsage, type UsageFailure } from '../usage-store';

/** An incremental run leaves a tenant's usage alone when it was read this recently. */
export const USAGE_FRESH_MS = 15 * 60_000;

export function microsoftConnected(): boolean {
  return isMicrosoftConfigured(readMicrosoftSettingsRow());
}

/** A client for the sync: the same timeout, pool and retries as Ingram calls, every call through the budget. */
export function usageClient(beforeExchange: () => Promise<void>): MicrosoftClient {
  const e = env();
  return getMicrosoftClient({ beforeExchange, maxRetries: Math.max(e.INGRAM_MAX_RETRIES, 6) });
}

const KINDS: Partial<Record<MicrosoftErrorKind, UsageErrorKind>> = {
  'not-consented': 'no-consent',
  permission: 'permission',
  throttled: 'throttled',
  http: 'outage',
  unreachable: 'outage',
  timeout: 'outage',
  unconfigured: 'not-configured',
  'unknown-app': 'auth',
  'wrong-secret': 'auth',
  'secret-expired': 'auth',
  'tenant-not-found': 'auth',
  auth: 'auth',
  config: 'auth',
};

export function usageFailureOf(e: unknown): UsageFailure {
  if (isMicrosoftError(e)) {
    const u = e.toUpstream();
    return { kind: KINDS[e.kind] ?? 'other', message: u.message, status: u.status ?? null, correlationId: u.correlationId ?? null };
  }
  return { kind: 'other', message: e instanceof Error ? e.message : String(e), status: null, correlationId: null };
}

/** Whether this run reads the tenant's usage: always in a full run, in an incremental one when it is not fresh. */
export function usageDue(tenantId: string, incremental: boolean, now: number): boolean {
  if (!incremental) return true;
  const at = usageReadAt(tenantId);
  return !at || now - at.getTime() >= USAGE_FRESH_MS;
}

/** Reads and stores one tenant's usage; a failure is recorded for the tenant and returned, never thrown. */
export async function syncTenantUsage(client: MicrosoftClient, tenantId: string, now = new Date()): Promise<UsageFailure | null> {
  return (await startUsageRead(client, tenantId))(now);
}

/**
 * Starts reading the tenant's Microsoft side at once (beside its Ingram reads); the returned step links
 * and stores it once the Ingram rows are written. A failure is recorded for the tenant, never thrown.
 */
export function startUsageRead(client: MicrosoftClient, tenantId: string): Promise<(now?: Date) => UsageFailure | null> {
  return client.readTenantUsage(tenantId).then(
    (licenses) =>
      (now = new Date()) => {
        writeTenantUsage(tenantId, linkUsage(tenantId, ingramSideOf(tenantId), licenses, client.partnerTenantId, now), now);
        return null;
      },
    (e: unknown) =>
      (now = new Date()) => {
        const failure = usageFailureOf(e);
        recordUsageError(tenantId, failure, now);
        return failure;
      },
  );
}

/** A single tenant's re-read (Retry, an order that ended): nothing when Microsoft is not connected. */
export async function syncTenantUsageIfConnected(tenantId: string, beforeExchange: () => Promise<void>): Promise<void> {
  if (!microsoftConnected()) return;
  let client: MicrosoftClient;
  try {
    client = usageClient(beforeExchange);
  } catch (e) {
    recordUsageError(tenantId, usageFailureOf(e), new Date());
    return;
  }
  await syncTenantUsage(client, tenantId);
}
