import 'server-only';
// Auto-map: proposes, never saves. The browser drives the scan in batches (one action per batch,
// so it can show progress); the evidence found stays here, in a short-lived scan session.
import { randomUUID } from 'node:crypto';
import { getIngramClient, type PublicIngramError } from '@/lib/ingram';
import { allTenants, type TenantScope } from '@/lib/auth/tenant-scope';
import { listTenants } from '@/lib/tenants/queries';
import { getIngramCustomers } from './customers-cache';
import { scanTenantEvidence } from './evidence-scan';
import { externalIdEvidence, proposeMappings, type Ambiguity, type Evidence, type Proposal } from './match';
import { listMappingRecords } from './queries';

const SESSION_TTL_MS = 30 * 60_000;
type Session = { userId: string; pending: Set<string>; evidence: Evidence[]; failed: number; firstError?: PublicIngramError; createdAt: number };
const store = globalThis as unknown as { __autoMapSessions?: Map<string, Session> };
const sessions = (store.__autoMapSessions ??= new Map());

type AutoMapPlan = { scanId: string; customerIds: string[]; unmappedTenants: number; customers: number };
export type AutoMapOutcome = { proposals: Proposal[]; ambiguous: Ambiguity[]; scanned: number; failed: number; firstError?: PublicIngramError };

function prune(now: number) {
  for (const [id, s] of sessions) if (now - s.createdAt > SESSION_TTL_MS) sessions.delete(id);
}

/**
 * Which customers need their subscriptions read: none when every tenant is mapped; otherwise
 * those not mapped yet (a mapped customer's tenant is known already).
 */
export async function planAutoMap(userId: string, scope: TenantScope): Promise<AutoMapPlan> {
  const { customers } = await getIngramCustomers();
  const mappings = listMappingRecords();
  const mappedTenants = new Set(mappings.map((m) => m.tenantId));
  const unmappedTenants = listTenants(scope).filter((t) => !mappedTenants.has(t.tenantId)).length;
  const mappedCustomers = new Set(mappings.map((m) => m.customerId));
  const customerIds = unmappedTenants === 0 ? [] : customers.filter((c) => !mappedCustomers.has(c.id)).map((c) => c.id);
  const now = Date.now();
  prune(now);
  const scanId = randomUUID();
  sessions.set(scanId, { userId, pending: new Set(customerIds), evidence: [], failed: 0, createdAt: now });
  return { scanId, customerIds, unmappedTenants, customers: customers.length };
}

type BatchOutcome = { ok: true; found: number; failed: number } | { ok: false; reason: string };

export async function scanAutoMapBatch(scanId: string, userId: string, customerIds: readonly string[]): Promise<BatchOutcome> {
  const session = sessions.get(scanId);
  if (!session || session.userId !== userId) return { ok: false, reason: 'This auto-map scan has expired. Start auto-map again.' };
  // Only customers planned for this scan, each once.
  const ids = customerIds.filter((id) => session.pending.delete(id));
  const result = await scanTenantEvidence(getIngramClient(), ids);
  session.evidence.push(...result.evidence);
  session.failed += result.failed;
  session.firstError ??= result.firstError;
  return { ok: true, found: result.evidence.length, failed: result.failed };
}

export async function finishAutoMap(scanId: string, userId: string, scope: TenantScope): Promise<AutoMapOutcome | undefined> {
  const session = sessions.get(scanId);
  if (!session || session.userId !== userId) return undefined;
  sessions.delete(scanId);
  const { customers } = await getIngramCustomers();
  const mappedTenantIds = new Set(listMappingRecords().map((m) => m.tenantId));
  const { proposals, ambiguous } = proposeMappings({
    tenants: listTenants(scope),
    customers,
    evidence: [...externalIdEvidence(customers), ...session.evidence],
    mappedTenantIds,
  });
  const scanned = customers.length; // every customer's name and externalId; subscriptions of the planned ones
  return { proposals, ambiguous, scanned, failed: session.failed, firstError: session.firstError };
}

/** The whole auto-map in one call (benchmarks, scripts): plan, scan in batches, propose. */
export async function runAutoMap(userId: string, onProgress?: (done: number, total: number) => void, batchSize = 200): Promise<AutoMapOutcome> {
  const plan = await planAutoMap(userId, allTenants);
  for (let i = 0; i < plan.customerIds.length; i += batchSize) {
    await scanAutoMapBatch(plan.scanId, userId, plan.customerIds.slice(i, i + batchSize));
    onProgress?.(Math.min(i + batchSize, plan.customerIds.length), plan.customerIds.length);
  }
  return (await finishAutoMap(plan.scanId, userId, allTenants))!;
}
