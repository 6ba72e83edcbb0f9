import 'server-only';
// Reads, for each customer, the tenant its subscriptions were provisioned for: rows first, then
// details (only details carry fulfillmentParameters/orderParameters), stopping at the first hit.
import { env } from '@/lib/env';
import { isIngramError, mapWithConcurrency, microsoftTenantOf, type IngramClient, type PublicIngramError } from '@/lib/ingram';
import type { Evidence } from './match';

const ENDED = new Set(['terminated', 'removed']);
/** Details read per customer at most: one Microsoft customer's subscriptions share its tenant. */
const MAX_DETAILS_PER_CUSTOMER = 2;

export type ScanResult = { evidence: Evidence[]; failed: number; firstError?: PublicIngramError };

async function scanCustomer(client: IngramClient, customerId: string): Promise<Evidence | undefined> {
  const rows = await client.listSubscriptions({ customerId });
  const live = rows.filter((r) => !ENDED.has(r.status ?? ''));
  for (const row of (live.length ? live : rows).slice(0, MAX_DETAILS_PER_CUSTOMER)) {
    const detail = await client.getSubscription(row.id);
    const facts = microsoftTenantOf([...detail.fulfillmentParameters, ...detail.orderParameters]);
    if (facts.tenantIds.length || facts.domains.length) return { customerId, source: 'subscription', subscriptionId: row.id, ...facts };
  }
  return undefined;
}

/** Scans customers with bounded concurrency; a customer that cannot be read is counted, not fatal. */
export async function scanTenantEvidence(client: IngramClient, customerIds: readonly string[]): Promise<ScanResult> {
  let failed = 0;
  let firstError: PublicIngramError | undefined;
  const found = await mapWithConcurrency(customerIds, env().INGRAM_CONCURRENCY, async (id) => {
    try {
      return await scanCustomer(client, id);
    } catch (e) {
      if (!isIngramError(e)) throw e;
      failed++;
      firstError ??= e.toPublic();
      return undefined;
    }
  });
  return { evidence: found.filter((e): e is Evidence => !!e), failed, firstError };
}
