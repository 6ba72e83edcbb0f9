// The order service: recorded before sending, one order per request key, unclear orders settled.
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/db/index';
import { orders } from '@/db/schema';
import { getIngramClient, periodCode, type CatalogProduct } from '@/lib/ingram';
import { refreshOrder as refreshOrderStatus, resolveUnclearOrders } from '@/lib/orders/resolution';
import { submitOrder, type SubmitOrderInput } from '@/lib/orders/submit';
import { freshCalls, withSandbox } from './sandbox-harness';

const sb = withSandbox({ settings: true, each: freshCalls });
let contosoId: string;
let product: CatalogProduct;

beforeAll(async () => {
  const client = getIngramClient();
  contosoId = (await client.listCustomers({ name: 'Contoso' }))[0]!.id;
  product = (await client.searchCatalog({ query: 'Business Basic' })).find((p) => p.subscriptionPeriod?.type === 'year' && p.billingPeriod?.type === 'month')!;
});

const salesInput = (over: Partial<SubmitOrderInput> = {}): SubmitOrderInput => ({
  tenantId: 'contoso.onmicrosoft.com',
  customerId: contosoId,
  type: 'sales',
  mpn: product.mpn,
  productName: product.name,
  quantity: 2,
  billingPeriod: periodCode(product.billingPeriod),
  subscriptionPeriod: periodCode(product.subscriptionPeriod),
  microsoft: { domain: 'contoso.onmicrosoft.com', agreementAccepted: true },
  createdBy: 'tester@example.com',
  ...over,
});

describe('submitOrder', () => {
  it('a resubmission with the same request key ends with one order', async () => {
    const first = await submitOrder(salesInput({ requestKey: 'rk-double-click' }));
    const second = await submitOrder(salesInput({ requestKey: 'rk-double-click' }));
    expect(first.state).toBe('placed');
    expect(second.id).toBe(first.id);
    expect(await sb.count('POST /orders')).toBe(1);
    expect((await sb.ordersIn(contosoId)).filter((o) => o.poNumber === first.poNumber)).toHaveLength(1);
    expect(first.poNumber).toMatch(/^CIPP-\d{8}-[A-Z2-9]{10}$/);
    expect(first).not.toHaveProperty('requestKey');
  });

  it('after "work done, then 504" the row is placed with Ingram\'s order id', async () => {
    await sb.fault({ method: 'POST', path: '/orders', kind: 'work-then-504' });
    const dto = await submitOrder(salesInput());
    const inSandbox = (await sb.ordersIn(contosoId)).filter((o) => o.poNumber === dto.poNumber);
    expect(inSandbox).toHaveLength(1);
    expect(dto).toMatchObject({ state: 'placed', ingramOrderId: inSandbox[0]!.id });
  });

  it('a refused order is failed with the message, status and correlation id', async () => {
    await sb.fault({ method: 'POST', path: '/orders', kind: 'status', status: 500, message: 'Credit limit exceeded.' });
    const dto = await submitOrder(salesInput());
    expect(dto).toMatchObject({ state: 'failed', errorStatus: 500 });
    expect(dto.errorMessage).toContain('Credit limit exceeded.');
    expect(dto.correlationId).toBeTruthy();
  });
});

describe('resolveUnclearOrders and refreshOrderStatus', () => {
  it("an order that ends in error keeps Ingram's reason on the local row", async () => {
    const dto = await submitOrder(salesInput({ microsoft: { domain: 'taken-contoso.onmicrosoft.com', agreementAccepted: true } }));
    expect(dto.state).toBe('placed');
    await sb.control('POST', '/clock', { advanceSeconds: 3600 });
    const after = await refreshOrderStatus(dto.id);
    expect(after?.ingramStatus).toBe('error');
    expect(after?.errorMessage).toMatch(/already in use|taken/i);
  });

  it('settles a row left in "sending" by a crash: placed if Ingram has it, failed if not', async () => {
    const placed = await submitOrder(salesInput());
    const longAgo = new Date(Date.now() - 60 * 60_000);
    // Simulate a crash after sending (Ingram has the order) and one before sending (it does not).
    getDb()
      .update(orders)
      .set({ state: 'sending', ingramOrderId: null, createdAt: new Date(Date.now() - 10 * 60_000) })
      .where(eq(orders.id, placed.id))
      .run();
    const lost = getDb().insert(orders).values({ poNumber: 'CIPP-19990101-NEVERSENT1', tenantId: 't', customerId: contosoId, type: 'sales', state: 'sending', createdAt: longAgo }).returning().get();

    const summary = await resolveUnclearOrders(getIngramClient());
    expect(summary).toMatchObject({ placed: 1, failed: 1 });
    const read = (id: number) => getDb().select().from(orders).where(eq(orders.id, id)).get()!;
    const [a, b] = [read(placed.id), read(lost.id)];
    expect(a).toMatchObject({ state: 'placed', ingramOrderId: placed.ingramOrderId });
    expect(b.state).toBe('failed');
    expect(b.errorMessage).toMatch(/not received by Ingram/);
  });

  it('refreshOrderStatus stores the status and the created subscription', async () => {
    await sb.control('POST', '/config', { orderSecondsToProcessing: 0, orderSecondsToComplete: 0 });
    const dto = await submitOrder(salesInput());
    const refreshed = await refreshOrderStatus(dto.id);
    expect(refreshed?.ingramStatus).toBe('completed');
    expect(refreshed?.createdSubscriptionId).toBeTruthy();
  });
});
