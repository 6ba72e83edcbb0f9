// The Microsoft sandbox's world lines up with the Ingram sandbox's: same tenants, and each live Ingram
// subscription's vendorSubscriptionId is a commerceSubscriptionId in the customer's tenant.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoTenants } from '@/db/demo-tenants';
import { createIngramClient, createMemoryTokenStore } from '@/lib/ingram';
import { DEMO_TENANTS, ELSEWHERE } from '../../../sandbox/microsoft/seed';
import { OTHER_PARTNER_TENANT_ID } from '../../../sandbox/microsoft/types';
import { startSandbox } from '../../../sandbox/server';
import { CONTOSO, TAILSPIN_UNCONSENTED, withMsSandbox } from './ms-sandbox-harness';

const ms = withMsSandbox();
let ingram: Awaited<ReturnType<typeof startSandbox>>;
beforeAll(async () => {
  ingram = await startSandbox({ port: 0 });
});
afterAll(() => ingram.close());

const ingramClient = () =>
  createIngramClient({
    connection: { baseUrl: ingram.baseUrl, username: 'msp-demo.api', password: 'Sbx-Pass-7f3a9c2e41d8', subscriptionKey: '5d1c0e8a9b2f4c6d8e0a1b3c5d7e9f10', marketplace: 'us' },
    tokenStore: createMemoryTokenStore(),
  });

describe('the Microsoft sandbox world', () => {
  it('has exactly the app’s demo tenants, with the same ids and domains', () => {
    expect(DEMO_TENANTS.map(([id, , domain]) => [id, domain])).toEqual(demoTenants.map((t) => [t.tenantId, t.defaultDomain]));
  });

  it('lists the Ingram subscriptions of Contoso by their vendorSubscriptionId, plus one from another partner', async () => {
    const subs = await ingramClient().listCustomerSubscriptionsWithDetails('1000001');
    const live = subs.filter((s) => s.status === 'active').flatMap((s) => s.products.map((p) => p.vendorSubscriptionId));
    expect(live.length).toBeGreaterThan(3);
    const company = await ms.client().listTenantSubscriptions(CONTOSO);
    const ours = company.filter((c) => c.ownerTenantId === ms.credentials.partnerTenantId.toLowerCase());
    expect(ours.map((c) => c.commerceSubscriptionId).sort()).toEqual([...live].sort());
    expect(company.filter((c) => c.ownerTenantId === OTHER_PARTNER_TENANT_ID)).toHaveLength(1);
  });

  it('seeds fully used, unused, over-assigned and bought-elsewhere seats for Contoso', async () => {
    const skus = await ms.client().listSubscribedSkus(CONTOSO);
    const by = (part: string) => skus.find((s) => s.skuPartNumber === part)!;
    expect(by('SPB')).toMatchObject({ enabledSeats: 25, assignedSeats: 25 });
    expect(by('O365_BUSINESS_ESSENTIALS')).toMatchObject({ enabledSeats: 10, assignedSeats: 6 });
    expect(by('EXCHANGESTANDARD')).toMatchObject({ enabledSeats: 5, assignedSeats: 7 });
    expect(by('MICROSOFT_DEFENDER_FOR_BUSINESS')).toMatchObject({ enabledSeats: 12 + ELSEWHERE.seats, assignedSeats: 14 });
    expect(by('MICROSOFT_DEFENDER_FOR_BUSINESS').subscriptionIds).toHaveLength(2);
    const users = await ms.client().listLicensedUsers(CONTOSO);
    expect(users.filter((u) => u.skuIds.includes(by('SPB').skuId))).toHaveLength(25);
  });

  it('has one tenant without consent', async () => {
    await expect(ms.client().listSubscribedSkus(TAILSPIN_UNCONSENTED)).rejects.toMatchObject({ kind: 'not-consented' });
  });

  it('generates 3,000 tenants and pages their contracts', async () => {
    const made = await ms.control<{ tenants: number }>('POST', '/generate', { tenants: 3000 });
    expect(made.tenants).toBe(3000);
    const client = ms.client();
    const contracts = await client.listContracts();
    expect(contracts).toHaveLength(3000);
    expect((await ms.counters()).byRoute['GET /contracts']).toBe(4);
    const sample = await client.listSubscribedSkus(contracts[2998]!.tenantId);
    expect(sample.length).toBeGreaterThan(0);
  });
});
