// The demo world of the Microsoft side, derived from the Ingram sandbox's own seed: the same
// customers' tenants, and one Microsoft subscription per live Ingram subscription whose
// commerceSubscriptionId is the Ingram product's vendorSubscriptionId.
import { seedWorld } from '../seed/world';
import type { World } from '../store';
import { quantityOf, type Subscription } from '../types';
import { guidFrom, skuIdFor, skuPartNumberFor } from './skus';
import { type CompanySubscription, type Contract, type MsTenant, type MsWorld, OTHER_PARTNER_TENANT_ID } from './types';

// [tenant id, display name, default domain, Ingram customer index or null]: the tenant ids are
// the app's demo tenants (db/demo-tenants.ts; a unit test keeps the two lists equal).
type Row = [tenantId: string, displayName: string, domain: string, customer: number | null];
export const DEMO_TENANTS: Row[] = [
  ['0a96abb3-3b07-4f0e-af48-bcc4893e0e73', 'Contoso Ltd', 'contoso.onmicrosoft.com', 0],
  ['e12e79d5-93ae-448c-a630-579fc3de41c3', 'Fabrikam Inc', 'fabrikam.onmicrosoft.com', 1],
  ['30b83152-208f-4c45-afdb-d26be0437d08', 'Northwind Traders', 'northwindtraders.onmicrosoft.com', 2],
  ['ede8ab03-4de8-4647-a386-fd0c3de136db', 'Adventure Works', 'adventureworks.onmicrosoft.com', 3],
  ['204313f3-ad96-406b-ae1c-4eb2eb7cddab', 'Tailspin Toys', 'tailspintoys.onmicrosoft.com', 4],
  ['a1b9b965-b512-4c03-a3b5-faae36515ea4', 'Wingtip Toys', 'wingtiptoys.onmicrosoft.com', 5],
  ['d68629cd-920f-4a5d-afb7-82423f615479', 'Woodgrove Bank', 'woodgrovebank.onmicrosoft.com', 6],
  ['d554c54f-18b7-429d-aae4-c4db032ecb7b', 'Litware Inc', 'litware.onmicrosoft.com', 7],
  ['6854235e-004b-456a-a785-fd02ec92885b', 'Proseware', 'proseware.onmicrosoft.com', 8],
  ['13c769bb-266e-4043-a964-0aa19139be8f', 'Alpine Ski House', 'alpineskihouse.onmicrosoft.com', 9],
  ['9239ba42-f8f4-4c20-a1ec-e83dbeb4f005', 'Coho Winery', 'cohowinery.onmicrosoft.com', 10],
  ['fd0b727d-7b1e-4fb9-ab9f-db91d7182541', 'Lucerne Publishing', 'lucernepublishing.onmicrosoft.com', 11],
  ['28a51512-0f63-4aab-a1d8-aea2e0f51d1b', 'Trey Research', 'treyresearch.onmicrosoft.com', 12],
  ['a3371080-b05a-42c1-a5ad-dba945dc37c7', 'Blue Yonder Airlines', 'blueyonderairlines.onmicrosoft.com', 14],
  ['ea72c53d-591c-491a-a11b-ba991ffbc987', 'Fourth Coffee', 'fourthcoffee.onmicrosoft.com', 15],
  ['ce98251f-f2f5-420f-a1dc-72a02052776b', 'Graphic Design Institute', 'graphicdesigninstitute.onmicrosoft.com', null],
  ['c139e614-dfd1-46a8-a4dd-2f1035c329ca', 'Humongous Insurance', 'humongousinsurance.onmicrosoft.com', 16],
  ['ae70ae30-07bb-4959-acb6-8b6db707b4f6', "Margie's Travel", 'margiestravel.onmicrosoft.com', 17],
  ['9ae6878b-6e13-4389-a9c6-eb277eae3f5c', 'School of Fine Art', 'schoolfineart.onmicrosoft.com', null],
  ['b2f3e38a-024c-4f73-a13a-fec2454b4cb6', 'Relecloud', 'relecloud.onmicrosoft.com', 18],
  ['a0e4da9b-7626-475b-a05c-97740024c02a', "Munson's Pickles and Preserves Farm", 'munsonspickles.onmicrosoft.com', null],
];

/** Tailspin Toys never consented to the app: its token requests answer AADSTS700016. */
export const UNCONSENTED_TENANT_ID = '204313f3-ad96-406b-ae1c-4eb2eb7cddab';

// Contoso's seats in use, by MPN: fully used, unused seats, over-assigned, and a product also bought elsewhere.
const CONTOSO_ASSIGNED: Record<string, number> = {
  'CFQ7TTC0LCHC:0002': 25, // Business Premium: every seat used
  'CFQ7TTC0LH18:0001': 6, // Business Basic: 4 of 10 unused
  'CFQ7TTC0LH16:0001': 7, // Exchange Online (Plan 1): 7 assigned on 5 bought (over-assigned)
  'CFQ7TTC0L3PB:0001': 1, // Power BI Pro: 2 of 3 unused
  'CFQ7TTC0LCHX:0001': 14, // Defender for Business: 12 from Ingram + 5 from another partner, 14 used
  'CFQ7TTC0LFK5:0001': 18, // Entra ID P1: 7 of 25 unused, 5 of them added this week
};
/** The product Contoso also buys from another partner, and how many seats. */
export const ELSEWHERE = { mpn: 'CFQ7TTC0LCHX:0001', seats: 5 };

const iso = (t: number) => new Date(t).toISOString();

export function companySubscription(sub: Subscription, ownerTenantId: string): CompanySubscription {
  return {
    id: guidFrom(`company:${sub.id}`),
    commerceSubscriptionId: sub.vendorSubscriptionId,
    skuId: skuIdFor(sub.product.mpn),
    skuPartNumber: skuPartNumberFor(sub.product.name),
    status: 'Enabled',
    totalLicenses: quantityOf(sub),
    isTrial: false,
    createdDateTime: iso(sub.createdAt),
    nextLifecycleDateTime: iso(sub.renewalAt),
    ownerTenantId,
  };
}

/** Seats in use for an Ingram subscription outside Contoso: a steady mix of full, partly and barely used. */
export function defaultAssigned(sub: Subscription, k: number): number {
  const q = quantityOf(sub);
  if (k % 3 === 0) return q;
  return Math.max(0, q - Math.max(1, Math.floor(q * (k % 3 === 1 ? 0.2 : 0.5))));
}

/** Users holding the licenses: user i holds every SKU with more than i seats assigned, plus two unlicensed users. */
export function makeUsers(domain: string, tenantId: string, assignedBySku: Map<string, number>, extra = 2, from = 0): MsTenant['users'] {
  const most = Math.max(0, ...assignedBySku.values());
  const users: MsTenant['users'] = [];
  const prefix = guidFrom(`user:${tenantId}`).slice(0, 24); // one hash per tenant: thousands of tenants stay quick
  for (let i = from; i < from + most + extra; i++) {
    const skuIds = [...assignedBySku].filter(([, n]) => n > i).map(([sku]) => sku);
    users.push({ id: `${prefix}${i.toString(16).padStart(12, '0')}`, userPrincipalName: `user${i + 1}@${domain}`, accountEnabled: true, skuIds });
  }
  return users;
}

export type TenantSpec = { tenantId: string; displayName: string; defaultDomain: string; customerId?: string; consented?: boolean };

/** One tenant from its Ingram customer's live subscriptions. */
export function buildTenant(ingram: World, spec: TenantSpec, partnerTenantId: string, assigned: (sub: Subscription, k: number) => number): MsTenant {
  // Licences only: an Azure reservation (no product lines) is no Microsoft 365 subscription with seats.
  const live = spec.customerId ? (ingram.subscriptionsByCustomer.get(spec.customerId) ?? []).filter((s) => s.status === 'active' && !s.withoutProductLines) : [];
  const subscriptions = live.map((s) => companySubscription(s, partnerTenantId));
  const assignedBySku = new Map<string, number>();
  live.forEach((s, k) => assignedBySku.set(skuIdFor(s.product.mpn), (assignedBySku.get(skuIdFor(s.product.mpn)) ?? 0) + assigned(s, k)));
  return {
    tenantId: spec.tenantId,
    displayName: spec.displayName,
    defaultDomain: spec.defaultDomain,
    consented: spec.consented ?? true,
    denied: [],
    subscriptions,
    users: makeUsers(spec.defaultDomain, spec.tenantId, assignedBySku),
  };
}

export function contractFor(t: Pick<MsTenant, 'tenantId' | 'displayName' | 'defaultDomain'>): Contract {
  return { id: guidFrom(`contract:${t.tenantId}`), contractType: 'ResellerPartner', customerId: t.tenantId, defaultDomainName: t.defaultDomain, displayName: t.displayName };
}

export function seedMsWorld(now: number, partnerTenantId: string): MsWorld {
  const ingram = seedWorld(now);
  const tenants = new Map<string, MsTenant>();
  for (const [tenantId, displayName, defaultDomain, customer] of DEMO_TENANTS) {
    const customerId = customer === null ? undefined : ingram.customers[customer]?.id;
    const contoso = customer === 0;
    const tenant = buildTenant(ingram, { tenantId, displayName, defaultDomain, customerId, consented: tenantId !== UNCONSENTED_TENANT_ID }, partnerTenantId, (s, k) =>
      contoso ? (CONTOSO_ASSIGNED[s.product.mpn] ?? quantityOf(s)) : defaultAssigned(s, k),
    );
    if (contoso) addElsewhere(tenant, ingram, now);
    if (customer === null) addDirectPurchase(tenant, now);
    tenants.set(tenantId, tenant);
  }
  const contracts = [...tenants.values()].map(contractFor);
  tenants.set(partnerTenantId, { tenantId: partnerTenantId, displayName: 'MSP Demo Partner', defaultDomain: 'mspdemo.onmicrosoft.com', consented: true, denied: [], subscriptions: [], users: [] });
  return { tenants, contracts };
}

// Contoso buys Defender for Business from another partner as well.
function addElsewhere(tenant: MsTenant, ingram: World, now: number): void {
  const product = ingram.products.find((p) => p.mpn === ELSEWHERE.mpn)!;
  tenant.subscriptions.push({
    id: guidFrom(`company:elsewhere:${tenant.tenantId}`),
    commerceSubscriptionId: guidFrom(`commerce:elsewhere:${tenant.tenantId}`),
    skuId: skuIdFor(product.mpn),
    skuPartNumber: skuPartNumberFor(product.name),
    status: 'Enabled',
    totalLicenses: ELSEWHERE.seats,
    isTrial: false,
    createdDateTime: iso(now - 90 * 86_400_000),
    nextLifecycleDateTime: iso(now + 275 * 86_400_000),
    ownerTenantId: OTHER_PARTNER_TENANT_ID,
  });
}

// Tenants with no Ingram customer still have Microsoft 365, bought elsewhere.
function addDirectPurchase(tenant: MsTenant, now: number): void {
  const skuId = skuIdFor('CFQ7TTC0LH18:0001');
  tenant.subscriptions.push({
    id: guidFrom(`company:direct:${tenant.tenantId}`),
    commerceSubscriptionId: guidFrom(`commerce:direct:${tenant.tenantId}`),
    skuId,
    skuPartNumber: 'O365_BUSINESS_ESSENTIALS',
    status: 'Enabled',
    totalLicenses: 10,
    isTrial: false,
    createdDateTime: iso(now - 200 * 86_400_000),
    nextLifecycleDateTime: iso(now + 165 * 86_400_000),
    ownerTenantId: OTHER_PARTNER_TENANT_ID,
  });
  tenant.users = makeUsers(tenant.defaultDomain, tenant.tenantId, new Map([[skuId, 8]]));
}
