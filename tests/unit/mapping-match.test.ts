import { describe, expect, it } from 'vitest';
import { evidenceLabel, externalIdEvidence, indexByName, matchByName, proposeMappings, type MatchCustomer, type MatchTenant } from '@/lib/mapping/match';

const customers: MatchCustomer[] = [
  { id: '1', name: 'Contoso Limited', status: 'active' },
  { id: '2', name: 'Trey Research Ltd', status: 'active' },
  { id: '3', name: 'Trey Research Inc', status: 'active' },
  { id: '4', name: 'Woodgrove Financial Group', status: 'active' },
  { id: '5', name: 'Lucerne Media Group', status: 'active', externalId: 'FD0B727D-7B1E-4F0E-AF48-000000000005' },
  { id: '6', name: 'Relecloud Corporation', status: 'active' },
  { id: '7', name: 'Wingtip Toys', status: 'active' },
  { id: '8', name: 'Fabrikam, Inc.', status: 'creditHold' },
];
const tenant = (n: number, displayName: string, domain: string): MatchTenant => ({
  tenantId: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
  displayName,
  defaultDomain: domain,
});
const contoso = tenant(1, 'Contoso Ltd', 'contoso.onmicrosoft.com');
const trey = tenant(2, 'Trey Research', 'trey.onmicrosoft.com');
const woodgrove = tenant(3, 'Woodgrove Bank', 'woodgrove.onmicrosoft.com');
const lucerne = { ...tenant(4, 'Lucerne Publishing', 'lucerne.onmicrosoft.com'), tenantId: 'fd0b727d-7b1e-4f0e-af48-000000000005' };
const relecloud = tenant(5, 'Relecloud', 'relecloud.onmicrosoft.com');
const wingtip = tenant(6, 'Wingtip Toys', 'wingtip.onmicrosoft.com');
const fabrikam = tenant(7, 'FABRIKAM INC', 'fabrikam.onmicrosoft.com');
const nobody = tenant(8, 'Graphic Design Institute', 'gdi.onmicrosoft.com');

describe('matchByName', () => {
  const index = indexByName(customers);
  it('finds the one customer whose normalised name matches', () => {
    expect(matchByName('CONTOSO, LTD.', index)).toEqual({ kind: 'unique', customer: customers[0] });
  });
  it('reports ambiguity with every candidate', () => {
    const m = matchByName('Trey Research', index);
    expect(m.kind).toBe('ambiguous');
    expect(m.kind === 'ambiguous' && m.candidates.map((c) => c.id)).toEqual(['2', '3']);
  });
  it('reports no match', () => {
    expect(matchByName('Graphic Design Institute', index)).toEqual({ kind: 'none' });
  });
});

describe('proposeMappings', () => {
  const evidence = [
    ...externalIdEvidence(customers),
    { customerId: '4', source: 'subscription' as const, subscriptionId: '1000123', tenantIds: [woodgrove.tenantId], domains: [] },
    { customerId: '6', source: 'subscription' as const, subscriptionId: '1000200', tenantIds: [], domains: ['relecloud.onmicrosoft.com'] },
    // Wingtip Toys' subscriptions name another tenant: it must not be proposed for this one by name.
    { customerId: '7', source: 'subscription' as const, subscriptionId: '1000300', tenantIds: ['99999999-0000-4000-8000-000000000000'], domains: [] },
  ];
  const all = [contoso, trey, woodgrove, lucerne, relecloud, wingtip, fabrikam, nobody];
  const result = proposeMappings({ tenants: all, customers, evidence, mappedTenantIds: new Set() });
  const byTenant = new Map(result.proposals.map((p) => [p.tenantName, p]));

  it('proposes exact tenant id matches from subscriptions with the subscription named', () => {
    expect(byTenant.get('Woodgrove Bank')).toMatchObject({ customerId: '4', method: 'tenantId', reason: 'tenant id found in subscription 1000123' });
  });
  it('proposes domain and externalId matches', () => {
    expect(byTenant.get('Relecloud')).toMatchObject({ customerId: '6', method: 'tenantId', reason: 'domain found in subscription 1000200' });
    expect(byTenant.get('Lucerne Publishing')).toMatchObject({ customerId: '5', method: 'tenantId', reason: "tenant id is the customer's externalId" });
  });
  it('labels each proposal by the evidence its reason gives', () => {
    const label = (t: string) => evidenceLabel[byTenant.get(t)!.evidence];
    expect(label('Relecloud')).toBe('By domain');
    expect(label('Lucerne Publishing')).toBe('By externalId');
    expect(label('Woodgrove Bank')).toBe('By tenant id');
  });
  it('proposes unique name matches with the reason', () => {
    expect(byTenant.get('Contoso Ltd')).toMatchObject({ customerId: '1', method: 'name' });
    expect(byTenant.get('Contoso Ltd')!.reason).toMatch(/^name matches after normalising/);
    expect(byTenant.get('FABRIKAM INC')).toMatchObject({ customerId: '8', customerStatus: 'creditHold' });
  });
  it('leaves ambiguous names out and lists them with their candidates', () => {
    expect(byTenant.has('Trey Research')).toBe(false);
    expect(result.ambiguous).toEqual([
      {
        tenantId: trey.tenantId,
        tenantName: 'Trey Research',
        basis: 'name',
        candidates: [
          { id: '3', name: 'Trey Research Inc', status: 'active' },
          { id: '2', name: 'Trey Research Ltd', status: 'active' },
        ],
      },
    ]);
  });
  it('does not propose by name a customer whose evidence names another tenant, nor anything for no match', () => {
    expect(byTenant.has('Wingtip Toys')).toBe(false);
    expect(byTenant.has('Graphic Design Institute')).toBe(false);
  });
  it('lists a tenant id found at two customers as ambiguous', () => {
    const twice = [...evidence, { customerId: '1', source: 'subscription' as const, subscriptionId: '9', tenantIds: [woodgrove.tenantId], domains: [] }];
    const r = proposeMappings({ tenants: [woodgrove], customers, evidence: twice, mappedTenantIds: new Set() });
    expect(r.proposals).toEqual([]);
    expect(r.ambiguous[0]).toMatchObject({ basis: 'tenantId', candidates: [{ id: '4' }, { id: '1' }] });
  });
  it('never proposes a tenant that is already mapped', () => {
    const r = proposeMappings({ tenants: all, customers, evidence, mappedTenantIds: new Set([contoso.tenantId, woodgrove.tenantId]) });
    expect(r.proposals.map((p) => p.tenantName)).not.toContain('Contoso Ltd');
    expect(r.proposals.map((p) => p.tenantName)).not.toContain('Woodgrove Bank');
  });
  it('handles 3,000 tenants against 10,000 customers', () => {
    const many = Array.from({ length: 10_000 }, (_, i) => ({ id: String(i), name: `Company ${i} Ltd`, status: 'active' }));
    const ts = Array.from({ length: 3_000 }, (_, i) => tenant(100 + i, `Company ${i * 3}`, `c${i}.onmicrosoft.com`));
    const r = proposeMappings({ tenants: ts, customers: many, evidence: [], mappedTenantIds: new Set() });
    expect(r.proposals).toHaveLength(3_000);
  });
});
