import 'server-only';
// Reads, for each customer, the tenant its subscriptions were provisioned for: rows first, then
// details (only details carry fulfillmentParameters/orderParameters), stopping at the first hit.
import { env } from '@/lib/env';
import { isIngramError, type IngramClient, type PublicIngramError } from '@/lib/ingram';
import { mapWithConcurrency } from '@/lib/ingram/pool';
import type { Evidence } from './match';

const TENANT_ID_PARAMS = new Set(['microsoft_tenant_id', 'tenant_id', 'tenantid', 'customer_tenant_id']);
const DOMAIN_PARAMS = new Set(['microsoft_domain', 'domain', 'microsoft_domain_name']);
const ENDED = new Set(['terminated', 'removed']);
/** Details read per customer at most: one Microsoft customer's subscriptions share its tenant. */
const MAX_DETAILS_PER_CUSTOMER = 2;

type Param = { name: string; value: unknown };

function tenantFacts(params: readonly Param[]): { tenantIds: string[]; domains: string[] } {
  const tenantIds: string[] = [];
  const domains: string[] = [];
  for (const p of params) {
    const name = p.name.toLowerCase();
    const value = typeof p.value === 'string' ? p.value.trim().toLowerCase() : '';
    if (!value) continue;
    if (TENANT_ID_PARAMS.has(name)) tenantIds.push(value);
    else if (DOMAIN_PARAMS.has(name)) domains.push(value);
  }
  return { tenantIds: [...new Set(tenantIds)], domains: [...new Set(domains)] };
}

type ScanResult = { evidence: Evidence[]; failed: number; firstError?: PublicIngramError };

async function scanCustomer(client: IngramClient, customerId: string): Promise<Evidence | undefined> {
  const rows = await client.listSubscriptions({ customerId });
  const live = rows.filter((r) => !ENDED.has(r.status ?? ''));
  for (const row of (live.length ? live : rows).slice(0, MAX_DETAILS_PER_CUSTOMER)) {
    const detail = await client.getSubscription(row.id);
    const facts = tenantFacts([...detail.fulfillmentParameters, ...detail.orderParameters]);
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
