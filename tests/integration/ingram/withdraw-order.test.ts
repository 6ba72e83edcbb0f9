// Withdrawing an order (PATCH /orders/{id}, statusCode CL): a change scheduled for renewal goes;
// an order already processed is refused with Ingram's reason; the request is sent once.
import { beforeAll, describe, expect, it } from 'vitest';
import type { IngramClient } from '@/lib/ingram/client';
import { isIngramError } from '@/lib/ingram/errors';
import { periodCode } from '@/lib/ingram/periods';
import type { SubscriptionDetail } from '@/lib/ingram/types';
import { withSandbox } from './sandbox-harness';

const sb = withSandbox({ each: (s) => s.reset() });
let client: IngramClient;
let contosoId: string;
let seq = 0;

beforeAll(async () => {
  client = sb.client();
  contosoId = (await client.listCustomers({ name: 'Contoso' }))[0]!.id;
});

async function subscriptionNamed(name: string): Promise<SubscriptionDetail> {
  const subs = await client.listCustomerSubscriptionsWithDetails(contosoId);
  return subs.find((s) => s.name === name && s.status === 'active')!;
}

async function change(sub: SubscriptionDetail, newQuantity: number, scheduledOn?: 'renewal') {
  const result = await client.placeChangeOrder({
    customerId: contosoId,
    subscriptionId: sub.id,
    mpn: sub.product!.mpn!,
    newQuantity,
    billingPeriod: periodCode(sub.billingPeriod)!,
    subscriptionPeriod: periodCode(sub.subscriptionPeriod)!,
    scheduledOn,
    poNumber: `CIPP-WD-${Date.now().toString(36)}-${++seq}`,
  });
  if (result.outcome !== 'placed') throw result.error;
  return result.order;
}

const pendingOn = async (subscriptionId: string) => (await client.listOrders({ customerId: contosoId, subscriptionId })).filter((o) => o.status === 'submitted' || o.status === 'processing');

describe('withdrawOrder', () => {
  it('withdraws a decrease scheduled for renewal, days after it was placed', async () => {
    const basic = await subscriptionNamed('Microsoft 365 Business Basic');
    const quantity = basic.product!.quantity!;
    const order = await change(basic, quantity - 2, 'renewal');
    await sb.control('POST', '/clock', { advanceSeconds: 3 * 86_400 });
    expect(await pendingOn(basic.id)).toHaveLength(1);
    await sb.resetCounters();

    const withdrawn = await client.withdrawOrder(order.id);
    expect(withdrawn).toMatchObject({ id: order.id, status: 'cancelled' });
    expect(await sb.count('PATCH /orders/{id}')).toBe(1);
    expect(await pendingOn(basic.id)).toEqual([]);
    expect((await client.getOrder(order.id)).status).toBe('cancelled');
  });

  it('refuses an order that has been processed, with Ingram’s reason, status and correlation id', async () => {
    const entra = await subscriptionNamed('Microsoft Entra ID P1');
    const order = await change(entra, entra.product!.quantity! + 1);
    await sb.control('POST', '/clock', { advanceSeconds: 60 });
    expect((await client.getOrder(order.id)).status).toBe('completed');
    await sb.resetCounters();

    const error = await client.withdrawOrder(order.id).catch((e: unknown) => e);
    expect(isIngramError(error)).toBe(true);
    if (!isIngramError(error)) return;
    expect(error.status).toBe(500);
    expect(error.upstreamMessage).toMatch(/is completed and can no longer be withdrawn/);
    expect(error.correlationId).toBeTruthy();
    expect(error.message).toMatch(/^Withdraw the order failed/);
    expect((await client.getOrder(order.id)).status).toBe('completed');
  });

  it('sends the withdrawal once, even when the answer is a 5xx', async () => {
    const basic = await subscriptionNamed('Microsoft 365 Business Basic');
    const order = await change(basic, basic.product!.quantity! - 1, 'renewal');
    await sb.resetCounters();
    await sb.fault({ method: 'PATCH', path: '/orders/{id}', kind: 'status', status: 503, message: 'Busy' });
    await expect(client.withdrawOrder(order.id)).rejects.toMatchObject({ status: 503 });
    expect(await sb.count('PATCH /orders/{id}')).toBe(1);
  });
});
