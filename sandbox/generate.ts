// Large deterministic worlds for scale tests and benchmarks.
import { buildSubscription } from './nce';
import { catalogProducts, SKUS, syntheticSkus } from './seed/catalog';
import { customerId, makeCustomer } from './seed/world';
import { World } from './store';
import { DAY, HOUR, stableGuid } from './time';
import type { CustomerStatus, Param } from './types';

export type GenerateOptions = {
  customers: number;
  subscriptionsPerCustomer?: number;
  subscriptions?: number;
  products?: number;
  tenantCustomer?: { name: string; subscriptions: number };
};

const WORDS = ['Harbor', 'Summit', 'Cedar', 'Granite', 'Beacon', 'Maple', 'Orchid', 'Falcon', 'Meridian', 'Pioneer', 'Quartz', 'Willow'];
const SUFFIXES = ['LLC', 'Inc.', 'Ltd', 'GmbH', 'Pty Ltd', 'Group', 'Co', 'Partners'];

// Every 3rd customer has an externalId, every 5th shows its tenant in fulfillmentParameters.
export const generatedExternalId = (i: number): string => stableGuid(0xe1, i + 1);
const generatedTenantId = (i: number): string => stableGuid(0x7e, i + 1);

export function generateWorld(opts: GenerateOptions, now: number): World {
  const world = new World();
  const customers = clampInt(opts.customers, 0, 200_000);
  const total = clampInt(opts.subscriptions ?? customers * (opts.subscriptionsPerCustomer ?? 5), 0, 1_000_000);
  let products = catalogProducts();
  if (opts.products !== undefined) {
    const want = clampInt(opts.products, 1, 100_000);
    products = want <= products.length ? products.slice(0, want) : catalogProducts([...SKUS, ...syntheticSkus(Math.ceil((want - products.length) / 3))]).slice(0, want);
  }
  for (const p of products) world.addProduct(p);
  for (let i = 0; i < customers; i++) {
    const status: CustomerStatus = i % 97 === 96 ? 'pending' : i % 50 === 49 ? 'creditHold' : 'active';
    const name = `${WORDS[i % WORDS.length]} ${WORDS[Math.floor(i / WORDS.length) % WORDS.length]} ${i + 1} ${SUFFIXES[i % SUFFIXES.length]}`;
    world.addCustomer(makeCustomer(i, name, status, i % 3 === 0 ? generatedExternalId(i) : undefined));
  }
  // Year terms only, created within the last 350 days: no renewals to replay at start.
  const yearly = products.filter((p) => p.subscriptionPeriod.type === 'year');
  const pool = yearly.length > 0 ? yearly : products;
  const span = 350 * DAY;
  const end = now - (clampInt(opts.tenantCustomer?.subscriptions ?? 0, 0, 100_000) + 1) * HOUR; // the tenant customer's come last
  for (let j = 0; j < total && customers > 0; j++) {
    const c = j % customers;
    const product = pool[(j * 7 + c) % pool.length]!;
    const createdAt = end - span + Math.floor((span * j) / Math.max(total, 1));
    const tenant: Param[] =
      c % 5 === 0
        ? [
            { name: 'microsoft_tenant_id', value: generatedTenantId(c) },
            { name: 'microsoft_domain', value: `gen${c + 1}.onmicrosoft.com` },
          ]
        : [];
    const status = j % 20 === 19 ? 'terminated' : 'active';
    const quantity = Math.min(product.maximumQuantity, 1 + ((j * 13) % 60));
    world.addSubscription(
      buildSubscription(world, { customerId: customerId(c), product, createdAt, status, lots: [{ quantity, addedAt: createdAt }], orderParameters: tenant, fulfillmentParameters: tenant }),
    );
  }
  if (opts.tenantCustomer) addTenantCustomer(world, opts.tenantCustomer, customers, pool, now);
  return world;
}

// One named customer with exactly N active subscriptions, newest of all.
function addTenantCustomer(world: World, t: { name: string; subscriptions: number }, index: number, pool: World['products'], now: number): void {
  world.addCustomer(makeCustomer(index, t.name, 'active'));
  const n = clampInt(t.subscriptions, 0, 100_000);
  for (let k = 0; k < n; k++) {
    const createdAt = now - (n - k) * HOUR;
    const product = pool[k % pool.length]!;
    world.addSubscription(buildSubscription(world, { customerId: customerId(index), product, createdAt, lots: [{ quantity: 1 + (k % 25), addedAt: createdAt }] }));
  }
}

function clampInt(v: unknown, min: number, max: number): number {
  const n = Math.floor(Number(v));
  return Number.isFinite(n) ? Math.min(max, Math.max(min, n)) : min;
}
