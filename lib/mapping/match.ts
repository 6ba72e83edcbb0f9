// Matching tenants to Ingram customers: exact tenant id or domain first, then a unique
// normalised name. Pure functions over plain data (O(tenants + customers + evidence)).
import { normaliseName } from './normalise';

export type MatchCustomer = { id: string; name: string; status?: string; externalId?: string };
export type MatchTenant = { tenantId: string; displayName: string; defaultDomain: string };

/** Where a customer shows which Microsoft tenant it is. */
export type Evidence = {
  customerId: string;
  source: 'externalId' | 'subscription';
  subscriptionId?: string;
  tenantIds: string[];
  domains: string[];
};

export type Proposal = {
  tenantId: string;
  tenantName: string;
  customerId: string;
  customerName: string;
  customerStatus?: string;
  method: 'tenantId' | 'name';
  /** What matched, so the label says the same as the reason: a tenant id, a domain, the customer's externalId, or the name. */
  evidence: MatchEvidence;
  reason: string;
};

export type MatchEvidence = 'tenantId' | 'domain' | 'externalId' | 'name';

/** The short label of a match, naming the evidence its reason gives. */
export const evidenceLabel: Record<MatchEvidence, string> = {
  tenantId: 'By tenant id',
  domain: 'By domain',
  externalId: 'By externalId',
  name: 'By name',
};

export type Ambiguity = {
  tenantId: string;
  tenantName: string;
  basis: 'tenantId' | 'name';
  candidates: Array<{ id: string; name: string; status?: string }>;
};

type NameIndex = Map<string, MatchCustomer[]>;

export function indexByName(customers: readonly MatchCustomer[]): NameIndex {
  const index: NameIndex = new Map();
  for (const c of customers) {
    const key = normaliseName(c.name);
    if (!key) continue;
    const list = index.get(key);
    if (list) list.push(c);
    else index.set(key, [c]);
  }
  return index;
}

type NameMatch = { kind: 'unique'; customer: MatchCustomer } | { kind: 'ambiguous'; candidates: MatchCustomer[] } | { kind: 'none' };

export function matchByName(name: string, index: NameIndex): NameMatch {
  const found = index.get(normaliseName(name)) ?? [];
  if (found.length === 1) return { kind: 'unique', customer: found[0]! };
  return found.length > 1 ? { kind: 'ambiguous', candidates: found } : { kind: 'none' };
}

/** Evidence from the customers' own externalId (CIPP-style setups store the tenant id there). */
export function externalIdEvidence(customers: readonly MatchCustomer[]): Evidence[] {
  return customers
    .filter((c) => c.externalId && /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(c.externalId))
    .map((c) => ({ customerId: c.id, source: 'externalId' as const, tenantIds: [c.externalId!.toLowerCase()], domains: [] }));
}

type Hit = { evidence: Evidence; what: 'tenant id' | 'domain' };

function evidenceOf(hit: Hit): MatchEvidence {
  if (hit.evidence.source === 'externalId') return 'externalId';
  return hit.what === 'domain' ? 'domain' : 'tenantId';
}

function describe(hit: Hit): string {
  return hit.evidence.source === 'externalId' ? `tenant id is the customer's externalId` : `${hit.what} found in subscription ${hit.evidence.subscriptionId ?? '?'}`;
}

export function proposeMappings(input: {
  tenants: readonly MatchTenant[];
  customers: readonly MatchCustomer[];
  evidence: readonly Evidence[];
  /** Tenants that already have a mapping: never proposed again. */
  mappedTenantIds: ReadonlySet<string>;
}): { proposals: Proposal[]; ambiguous: Ambiguity[] } {
  const byId = new Map(input.customers.map((c) => [c.id, c]));
  const hits = new Map<string, Hit[]>();
  const claimed = new Set<string>(); // customers whose evidence names some tenant
  const add = (key: string, hit: Hit) => {
    const list = hits.get(key);
    if (list) list.push(hit);
    else hits.set(key, [hit]);
  };
  for (const e of input.evidence) {
    if (!byId.has(e.customerId)) continue;
    for (const id of e.tenantIds) add(`id:${id.toLowerCase()}`, { evidence: e, what: 'tenant id' });
    for (const d of e.domains) add(`domain:${d.toLowerCase()}`, { evidence: e, what: 'domain' });
    if (e.tenantIds.length || e.domains.length) claimed.add(e.customerId);
  }
  const index = indexByName(input.customers);
  const proposals: Proposal[] = [];
  const ambiguous: Ambiguity[] = [];
  const summary = (c: MatchCustomer) => ({ id: c.id, name: c.name, status: c.status });

  for (const t of input.tenants) {
    if (input.mappedTenantIds.has(t.tenantId)) continue;
    const tenantHits = [...(hits.get(`id:${t.tenantId.toLowerCase()}`) ?? []), ...(hits.get(`domain:${t.defaultDomain.toLowerCase()}`) ?? [])];
    const customerIds = [...new Set(tenantHits.map((h) => h.evidence.customerId))];
    if (customerIds.length === 1) {
      const c = byId.get(customerIds[0]!)!;
      // Prefer a tenant-id hit over a domain hit, and a subscription over an externalId, for the reason shown.
      const best = tenantHits.find((h) => h.what === 'tenant id' && h.evidence.source === 'subscription') ?? tenantHits.find((h) => h.what === 'tenant id') ?? tenantHits[0]!;
      proposals.push({
        tenantId: t.tenantId,
        tenantName: t.displayName,
        customerId: c.id,
        customerName: c.name,
        customerStatus: c.status,
        method: 'tenantId',
        evidence: evidenceOf(best),
        reason: describe(best),
      });
      continue;
    }
    if (customerIds.length > 1) {
      ambiguous.push({ tenantId: t.tenantId, tenantName: t.displayName, basis: 'tenantId', candidates: customerIds.map((id) => summary(byId.get(id)!)) });
      continue;
    }
    const m = matchByName(t.displayName, index);
    if (m.kind === 'ambiguous') {
      const candidates = m.candidates.map(summary).sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
      ambiguous.push({ tenantId: t.tenantId, tenantName: t.displayName, basis: 'name', candidates });
    } else if (m.kind === 'unique' && !claimed.has(m.customer.id)) {
      // A customer whose subscriptions name another tenant is not proposed for this one by name.
      proposals.push({
        tenantId: t.tenantId,
        tenantName: t.displayName,
        customerId: m.customer.id,
        customerName: m.customer.name,
        customerStatus: m.customer.status,
        method: 'name',
        evidence: 'name',
        reason: `name matches after normalising ("${normaliseName(t.displayName)}")`,
      });
    }
  }
  return { proposals, ambiguous };
}
