// The demo world: customers that line up with the app's demo tenants in deliberate ways.
import { buildSubscription } from '../nce';
import { World } from '../store';
import { DAY, HOUR, prng } from '../time';
import type { Customer, CustomerStatus, Param, Product } from '../types';
import { catalogProducts } from './catalog';
import { demoOrders } from './orders';

type C = [name: string, status?: CustomerStatus, externalId?: string];
const DEMO_CUSTOMERS: C[] = [
  ['Contoso Limited'],
  ['Fabrikam, Inc.'],
  ['Northwind Traders'],
  ['ADVENTURE WORKS'],
  ['Tailspin Toys LLC'],
  ['Wingtip Toys'],
  ['Woodgrove Financial Group'],
  ['Litware, Inc.'],
  ['Proseware GmbH'],
  ['Alpine Ski House'],
  ['Coho Winery Pty Ltd'],
  ['Lucerne Media Group', 'active', 'fd0b727d-7b1e-4fb9-ab9f-db91d7182541'],
  ['Trey Research Ltd'],
  ['Trey Research Inc'],
  ['Blue Yonder Airlines', 'creditHold'],
  ['Fourth Coffee'],
  ['Humongous Insurance Co'],
  ['Margies Travel'],
  ['Relecloud Corporation'],
  ['Best For You Organics Company'],
  ['Consolidated Messenger'],
  ['Southridge Video', 'cancelled'],
  ['VanArsdel Ltd'],
  ['Wide World Importers'],
  ['Bellows College'],
  ['A. Datum Corporation', 'pending'],
  ['Tasmanian Traders', 'adminHold'],
];
const CITIES = ['Seattle', 'Redmond', 'Austin', 'Chicago', 'Denver', 'Boston', 'Atlanta', 'Portland'];
export const customerId = (index: number): string => String(1_000_001 + index);
const slug = (name: string): string => name.toLowerCase().replace(/[^a-z0-9]+/g, '');

export function makeCustomer(index: number, name: string, status: CustomerStatus = 'active', externalId?: string): Customer {
  return { id: customerId(index), name, status, externalId, city: CITIES[index % CITIES.length]!, email: `it@${slug(name)}.example` };
}

type Variant = 'P1M' | 'P1Y-M' | 'P1Y-Y';
type Spec = {
  customer: number;
  mpn: string;
  variant: Variant;
  qty: number;
  daysAgo: number;
  status?: 'active' | 'pending' | 'terminated';
  autoRenew?: boolean;
  recentSeats?: [qty: number, daysAgo: number];
  tenant?: Param[];
};

function findVariant(products: Product[], mpn: string, variant: Variant): Product {
  const [term, billing] = variant === 'P1M' ? ['month', 'month'] : ['year', variant === 'P1Y-M' ? 'month' : 'year'];
  const p = products.find((x) => x.mpn === mpn && x.subscriptionPeriod.type === term && x.subscriptionPeriod.duration === 1 && x.billingPeriod.type === billing);
  if (!p) throw new Error(`seed: no ${mpn} ${variant}`);
  return p;
}

const tenant = (id?: string, domain?: string): Param[] => [...(id ? [{ name: 'microsoft_tenant_id', value: id }] : []), ...(domain ? [{ name: 'microsoft_domain', value: domain }] : [])];

// Contoso (index 0) carries one subscription in every state the app's browser tests need.
const CONTOSO_SPECS: Spec[] = [
  { customer: 0, mpn: 'CFQ7TTC0LCHC:0002', variant: 'P1Y-M', qty: 25, daysAgo: 3 },
  { customer: 0, mpn: 'CFQ7TTC0LH18:0001', variant: 'P1Y-Y', qty: 10, daysAgo: 200 },
  { customer: 0, mpn: 'CFQ7TTC0LH16:0001', variant: 'P1M', qty: 5, daysAgo: 2 },
  { customer: 0, mpn: 'CFQ7TTC0L3PB:0001', variant: 'P1Y-M', qty: 3, daysAgo: 100, autoRenew: false },
  { customer: 0, mpn: 'CFQ7TTC0RM8K:0001', variant: 'P1Y-M', qty: 8, daysAgo: 0.05, status: 'pending' },
  { customer: 0, mpn: 'CFQ7TTC0HD32:0001', variant: 'P1Y-M', qty: 4, daysAgo: 400, status: 'terminated' },
  { customer: 0, mpn: 'CFQ7TTC0LCHX:0001', variant: 'P1Y-Y', qty: 12, daysAgo: 150 },
  { customer: 0, mpn: 'CFQ7TTC0LFK5:0001', variant: 'P1Y-M', qty: 20, daysAgo: 90, recentSeats: [5, 1] },
];

function demoSpecs(products: Product[]): Spec[] {
  const rand = prng(20260101);
  const skus = [...new Set(products.filter((p) => p.vendor === 'Microsoft' && !p.mpn.startsWith('SBX')).map((p) => p.mpn))];
  const pick = () => skus[Math.floor(rand() * skus.length)]!;
  const specs: Spec[] = [...CONTOSO_SPECS];
  // Northwind: 40 live subscriptions, for pages of detail calls.
  for (let i = 0; i < 40; i++) specs.push({ customer: 2, mpn: skus[i % skus.length]!, variant: 'P1Y-M', qty: 5 + i, daysAgo: 10 + i * 7 });
  const wingtip = tenant('a1b9b965-b512-4c03-a3b5-faae36515ea4', 'wingtiptoys.onmicrosoft.com');
  const woodgrove = tenant('d68629cd-920f-4a5d-afb7-82423f615479');
  const relecloud = tenant(undefined, 'relecloud.onmicrosoft.com');
  specs.push(
    { customer: 5, mpn: 'CFQ7TTC0LDPB:0001', variant: 'P1Y-M', qty: 15, daysAgo: 40, tenant: wingtip },
    { customer: 5, mpn: 'CFQ7TTC0LH16:0001', variant: 'P1M', qty: 4, daysAgo: 20, tenant: wingtip },
    { customer: 6, mpn: 'CFQ7TTC0LFLX:0001', variant: 'P1Y-Y', qty: 120, daysAgo: 60, tenant: woodgrove },
    { customer: 6, mpn: 'CFQ7TTC0LFK6:0001', variant: 'P1Y-M', qty: 30, daysAgo: 5, tenant: woodgrove },
    { customer: 18, mpn: 'CFQ7TTC0LH18:0001', variant: 'P1Y-M', qty: 12, daysAgo: 75, tenant: relecloud },
    { customer: 18, mpn: 'CFQ7TTC0L3PB:0001', variant: 'P1M', qty: 2, daysAgo: 9, tenant: relecloud },
  );
  const few = [1, 3, 4, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 19, 20, 21, 22, 23, 24];
  for (const c of few) {
    const n = 1 + Math.floor(rand() * 3);
    for (let k = 0; k < n; k++) {
      const variant: Variant = (['P1M', 'P1Y-M', 'P1Y-Y'] as const)[Math.floor(rand() * 3)]!;
      const status = c === 21 ? 'terminated' : 'active'; // Southridge Video is cancelled
      specs.push({ customer: c, mpn: pick(), variant, qty: 1 + Math.floor(rand() * 40), daysAgo: 1 + Math.floor(rand() * 300), status });
    }
  }
  return specs;
}

export function seedWorld(now: number): World {
  const world = new World();
  DEMO_CUSTOMERS.forEach(([name, status, ext], i) => world.addCustomer(makeCustomer(i, name, status, ext)));
  for (const p of catalogProducts()) world.addProduct(p);
  const specs = demoSpecs(world.products).sort((a, b) => b.daysAgo - a.daysAgo); // oldest first
  for (const s of specs) {
    const createdAt = Math.round(now - s.daysAgo * DAY);
    const lots = [{ quantity: s.qty, addedAt: createdAt }];
    if (s.recentSeats) lots.push({ quantity: s.recentSeats[0], addedAt: now - s.recentSeats[1] * DAY });
    const product = findVariant(world.products, s.mpn, s.variant);
    const sub = buildSubscription(world, {
      customerId: customerId(s.customer),
      product,
      createdAt,
      lots,
      status: s.status,
      renewalStatus: s.autoRenew,
      orderParameters: [...(s.tenant ?? []), { name: 'microsoft_customer_agreement', value: 'accepted' }],
      fulfillmentParameters: s.tenant ?? [],
    });
    if (s.status === 'terminated') sub.modifiedAt = createdAt + 30 * DAY;
    world.addSubscription(sub);
  }
  demoOrders(world, now - HOUR);
  world.addSubscription(azureReservation(world, now));
  for (const sub of renewalSeason(world, now)) world.addSubscription(sub);
  return world;
}

// Renewal season: annual terms renewing within 60 days (and a monthly one) for three demo tenants
// (Adventure Works, Proseware, Humongous Insurance). Seeded last so that no other id moves.
const RENEWAL_SEASON: Spec[] = [
  { customer: 3, mpn: 'CFQ7TTC0LH18:0001', variant: 'P1Y-Y', qty: 10, daysAgo: 353 },
  { customer: 3, mpn: 'CFQ7TTC0LH16:0001', variant: 'P1M', qty: 3, daysAgo: 10 },
  { customer: 8, mpn: 'CFQ7TTC0LCHC:0002', variant: 'P1Y-M', qty: 6, daysAgo: 340 },
  { customer: 16, mpn: 'CFQ7TTC0LH18:0001', variant: 'P1Y-Y', qty: 1, daysAgo: 330 },
];

function renewalSeason(world: World, now: number) {
  return RENEWAL_SEASON.map((s) => {
    const createdAt = Math.round(now - s.daysAgo * DAY);
    return buildSubscription(world, {
      customerId: customerId(s.customer),
      product: findVariant(world.products, s.mpn, s.variant),
      createdAt,
      lots: [{ quantity: s.qty, addedAt: createdAt }],
      orderParameters: [{ name: 'microsoft_customer_agreement', value: 'accepted' }],
      fulfillmentParameters: [],
    });
  });
}

// An Azure reservation for Contoso: its detail lists no product lines (no seats to change).
// Seeded after the orders so that no other id moves.
function azureReservation(world: World, now: number) {
  const createdAt = Math.round(now - 45 * DAY);
  const product: Product = {
    id: 'AZR-RI-D2SV5-1Y',
    mpn: 'DZH318Z0BQ4L:0001',
    name: 'Azure Reserved VM Instance D2s v5 (1 year)',
    vendor: 'Microsoft',
    minimumQuantity: 1,
    maximumQuantity: 1,
    price: 612,
    cost: 580,
    billingPeriod: { type: 'year', duration: 1 },
    subscriptionPeriod: { type: 'year', duration: 1 },
  };
  const sub = buildSubscription(world, { customerId: customerId(0), product, createdAt, lots: [{ quantity: 1, addedAt: createdAt }] });
  sub.withoutProductLines = true;
  return sub;
}
