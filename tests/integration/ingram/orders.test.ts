// Orders: sent once, never duplicated, and an unclear answer resolved by poNumber.
import { beforeAll, describe, expect, it } from 'vitest';
import type { IngramClient } from '@/lib/ingram/client';
import type { CatalogProduct, SubscriptionDetail } from '@/lib/ingram/types';
import { periodCode } from '@/lib/ingram/periods';
import { freshCalls, withSandbox } from './sandbox-harness';

const sb = withSandbox({ each: freshCalls });
let client: IngramClient;
let contosoId: string;
let product: CatalogProduct;
let poSeq = 0;
const po = () => `CIPP-TEST-${Date.now().toString(36)}-${++poSeq}`;

beforeAll(async () => {
  client = sb.client({ options: { orderTimeoutMs: 400 } });
  contosoId = (await client.listCustomers({ name: 'Contoso' }))[0]!.id;
  product = (await client.searchCatalog({ query: 'Business Basic' })).find((p) => p.subscriptionPeriod?.type === 'year' && p.billingPeriod?.type === 'month')!;
});

const sale = (poNumber: string) =>
  client.placeSalesOrder({
    customerId: contosoId,
    poNumber,
    mpn: product.mpn,
    quantity: 3,
    billingPeriod: periodCode(product.billingPeriod)!,
    subscriptionPeriod: periodCode(product.subscriptionPeriod)!,
    microsoft: { domain: 'contoso.onmicrosoft.com', agreementAccepted: true },
  });

const withPo = async (poNumber: string) => (await sb.ordersIn(contosoId)).filter((o) => o.poNumber === poNumber);

async function activeSubscription(): Promise<SubscriptionDetail> {
  const subs = await client.listCustomerSubscriptionsWithDetails(contosoId);
  return subs.find((s) => s.status === 'active' && s.product?.mpn && s.billingPeriod && s.subscriptionPeriod)!;
}

describe('placing orders', () => {
  it('places a sales order carrying the poNumber', async () => {
    const poNumber = po();
    const result = await sale(poNumber);
    expect(result.outcome).toBe('placed');
    if (result.outcome !== 'placed') return;
    expect(result.order.poNumber).toBe(poNumber);
    expect(await withPo(poNumber)).toHaveLength(1);
  });

  it('a 500 on POST /orders is not repeated, and says "failed" only when no order exists', async () => {
    const poNumber = po();
    await sb.fault({ method: 'POST', path: '/orders', kind: 'status', status: 500, message: 'Internal server error' });
    const result = await sale(poNumber);
    expect(result.outcome).toBe('failed');
    expect(await sb.count('POST /orders')).toBe(1);
    expect(await sb.count('GET /orders')).toBeGreaterThanOrEqual(1); // it looked before saying so
    expect(await withPo(poNumber)).toHaveLength(0);
  });

  it('"work done, then 504" ends with exactly one order, and the app knows its id', async () => {
    const poNumber = po();
    await sb.fault({ method: 'POST', path: '/orders', kind: 'work-then-504' });
    const result = await sale(poNumber);
    const inSandbox = await withPo(poNumber);
    expect(inSandbox).toHaveLength(1);
    expect(await sb.count('POST /orders')).toBe(1);
    expect(result.outcome).toBe('placed');
    if (result.outcome === 'placed') expect(result.order.id).toBe(inSandbox[0]!.id);
  });

  it('a timeout is "unknown" (the order may still come), and the order is not sent again', async () => {
    const poNumber = po();
    await sb.fault({ method: 'POST', path: '/orders', kind: 'delay', delayMs: 900 });
    const started = Date.now();
    const result = await sale(poNumber);
    expect(Date.now() - started).toBeLessThan(900);
    expect(result.outcome).toBe('unknown');
    if (result.outcome === 'unknown') expect(result.error.kind).toBe('timeout');
    expect(await sb.count('POST /orders')).toBe(1);
    expect(await sb.count('GET /orders')).toBeGreaterThanOrEqual(1); // it looked for the poNumber first
  });

  it('a gateway page with no order behind it is "unknown", never "failed"', async () => {
    const poNumber = po();
    await sb.fault({ method: 'POST', path: '/orders', kind: 'html', status: 502 });
    const result = await sale(poNumber);
    expect(result.outcome).toBe('unknown');
    expect(await sb.count('POST /orders')).toBe(1);
  });

  it('a quantity change is an order with the new total, never a PATCH', async () => {
    const sub = await activeSubscription();
    // A change order for this subscription to `newQuantity` seats, under a fresh PO number.
    const changeTo = (newQuantity: number) =>
      client.placeChangeOrder({
        customerId: contosoId,
        subscriptionId: sub.id,
        mpn: sub.product!.mpn!,
        newQuantity,
        billingPeriod: periodCode(sub.billingPeriod)!,
        subscriptionPeriod: periodCode(sub.subscriptionPeriod)!,
        poNumber: po(),
      });
    const result = await changeTo(sub.product!.quantity + 2);
    expect(result.outcome).toBe('placed');
    if (result.outcome === 'placed') expect(result.order.products[0]?.quantity).toBe(2); // the signed change
    expect(await sb.count('PATCH /subscriptions/{id}')).toBe(0);

    // A second change while the first is unfinished is refused with a readable message.
    const second = await changeTo(sub.product!.quantity + 3);
    expect(second.outcome).toBe('failed');
    if (second.outcome === 'failed') expect(second.error.upstreamMessage).toBeTruthy();
    expect(await sb.count('POST /orders')).toBe(2);
  });

  it('estimates without creating an order', async () => {
    const before = (await sb.ordersIn(contosoId)).length;
    const estimate = await client.estimateSalesOrder({
      customerId: contosoId,
      subscriptionPeriod: periodCode(product.subscriptionPeriod)!,
      mpn: product.mpn,
      quantity: 2,
      billingPeriod: periodCode(product.billingPeriod)!,
      microsoft: { domain: 'contoso.onmicrosoft.com', agreementAccepted: true },
    });
    expect(estimate.total?.amount).toMatch(/^\d+(\.\d+)?$/);
    expect((await sb.ordersIn(contosoId)).length).toBe(before);
  });
});

describe('auto-renew', () => {
  it('is set with one PATCH of renewalStatus, and a failed PATCH is not repeated', async () => {
    const sub = await activeSubscription();
    const updated = await client.setAutoRenew(sub.id, !sub.autoRenew);
    expect(updated.autoRenew).toBe(!sub.autoRenew);
    expect((await client.getSubscription(sub.id)).autoRenew).toBe(!sub.autoRenew);
    await sb.resetCounters();
    await sb.fault({ method: 'PATCH', path: '/subscriptions/{id}', kind: 'status', status: 503 });
    await expect(client.setAutoRenew(sub.id, !!sub.autoRenew)).rejects.toMatchObject({ status: 503 });
    expect(await sb.count('PATCH /subscriptions/{id}')).toBe(1);
  });
});
