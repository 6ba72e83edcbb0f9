// Orders and licenses tell the truth, against the sandbox over HTTP: a scheduled decrease (placed in
// Ingram's portal) is not "in progress", a processing sales order marks its subscription, a failed
// order keeps Ingram's reason and creates nothing, a recovered order says so, and an order placed
// outside the app shows its product and seats, read from its detail once.
import { desc, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/db/index';
import { auditLog, orders } from '@/db/schema';
import { getIngramClient, periodCode, type CatalogProduct } from '@/lib/ingram';
import { loadTenantLicenses } from '@/lib/licenses/load';
import { listTenantOrders } from '@/lib/orders/list';
import { submitOrder } from '@/lib/orders/submit';
import { getOrderView } from '@/lib/orders/view';
import { freshCalls, withSandbox } from './ingram/sandbox-harness';

const sb = withSandbox({ settings: true, each: freshCalls });
const CONTOSO = '1000001';
const TENANT = 'contoso-truth';
let product: CatalogProduct;

beforeAll(async () => {
  product = (await getIngramClient().searchCatalog({ query: 'Business Basic' })).find((p) => p.subscriptionPeriod?.type === 'year' && p.billingPeriod?.type === 'month')!;
});

const period = (p: CatalogProduct) => ({ mpn: p.mpn, billingPeriod: periodCode(p.billingPeriod)!, subscriptionPeriod: periodCode(p.subscriptionPeriod)! });

async function failedSalesOrder() {
  const placed = await getIngramClient().placeSalesOrder({
    customerId: CONTOSO,
    poNumber: `TRUTH-FAIL-${Date.now()}`,
    quantity: 3,
    ...period(product),
    microsoft: { domain: 'taken-truth.onmicrosoft.com', agreementAccepted: true },
  });
  if (placed.outcome !== 'placed') throw new Error('the sandbox refused the order');
  await sb.control('POST', '/clock', { advanceSeconds: 120 });
  return placed.order;
}

describe('the licenses grid', () => {
  it("a decrease scheduled in Ingram's portal shows as scheduled with its date, not in progress", async () => {
    const data = await loadTenantLicenses({ tenantId: TENANT, customerId: CONTOSO });
    const defender = data.rows.find((r) => r.productName === 'Microsoft Defender for Business')!;
    expect(defender.inProgress).toMatchObject({ scheduled: true, kind: 'scheduled-decrease', effectiveOn: defender.renewalDate, newQuantity: defender.quantity! - 2, localOrderId: null });
  });

  it('a sales order still processing marks its new subscription as in progress', async () => {
    const data = await loadTenantLicenses({ tenantId: TENANT, customerId: CONTOSO });
    const teams = data.rows.find((r) => r.productName === 'Microsoft Teams Essentials')!;
    expect(teams.status).toBe('pending');
    expect(teams.inProgress).toMatchObject({ kind: 'new', scheduled: false, orderNumber: expect.stringMatching(/^SO-/) });
  });

  it("a subscription without product lines has no quantity, and a year's price", async () => {
    const data = await loadTenantLicenses({ tenantId: TENANT, customerId: CONTOSO });
    const reservation = data.rows.find((r) => r.productName.startsWith('Azure Reserved VM Instance'))!;
    expect(reservation).toMatchObject({ quantity: null, totalPrice: '612.00', pricePeriod: 'year', inProgress: null });
  });

  it('a terminated subscription shows neither auto-renew on nor a running total', async () => {
    const data = await loadTenantLicenses({ tenantId: TENANT, customerId: CONTOSO, includeTerminated: true });
    const visio = data.rows.find((r) => r.productName === 'Visio Plan 2')!;
    expect(visio.status).toBe('terminated');
    expect(visio).toMatchObject({ autoRenew: false, totalPrice: null });
  });

  it("a failed order appears with Ingram's reason", async () => {
    const order = await failedSalesOrder();
    const data = await loadTenantLicenses({ tenantId: TENANT, customerId: CONTOSO, includeTerminated: true });
    expect(data.failedOrders).toContainEqual(expect.objectContaining({ orderId: order.id, message: expect.stringContaining('taken-truth.onmicrosoft.com is already in use') }));
  });
});

describe('the order page', () => {
  it("a failed sales order shows Ingram's reason and no created subscription", async () => {
    const order = await failedSalesOrder();
    const found = await getOrderView(TENANT, CONTOSO, order.id);
    if (!found.ok) throw new Error('not found');
    expect(found.view).toMatchObject({ status: 'error', subscriptionId: null, kindLabel: 'New subscription', seats: '3 seats' });
    expect(found.view.errorMessage).toContain('taken-truth.onmicrosoft.com is already in use');
  });

  it('a scheduled decrease waits for the renewal date (with the date) and is not followed', async () => {
    const rows = await getIngramClient().listOrders({ customerId: CONTOSO });
    const scheduled = rows.find((o) => o.type === 'change' && o.status === 'processing')!;
    const found = await getOrderView(TENANT, CONTOSO, scheduled.id);
    if (!found.ok) throw new Error('not found');
    const sub = await getIngramClient().getSubscription(scheduled.subscriptionId!);
    expect(found.view).toMatchObject({ status: 'scheduled', following: false, final: false, kindLabel: 'Decrease scheduled for renewal', seats: '-2 seats', scheduledFor: sub.renewalDate });
  });

  it('an app order recovered after "work done, then 504" says so on its page and in the audit', async () => {
    await sb.fault({ method: 'POST', path: '/orders', kind: 'work-then-504' });
    const dto = await submitOrder({
      tenantId: TENANT,
      customerId: CONTOSO,
      type: 'sales',
      quantity: 2,
      ...period(product),
      productName: product.name,
      microsoft: { domain: 'contoso.onmicrosoft.com', agreementAccepted: true },
      createdBy: 'tester@example.com',
    });
    expect(dto).toMatchObject({ state: 'placed', recoveredAt: expect.any(String) });
    const found = await getOrderView(TENANT, CONTOSO, dto.ingramOrderId!);
    if (!found.ok) throw new Error('not found');
    expect(found.view.recoveredAt).toBe(dto.recoveredAt);
    const audit = getDb().select().from(auditLog).where(eq(auditLog.action, 'orders.recovered')).orderBy(desc(auditLog.id)).get()!;
    expect(audit).toMatchObject({ tenantId: TENANT, result: 'success' });
    expect(audit.after).toMatchObject({ recovered: true, orderId: dto.ingramOrderId });
    expect(audit.message).toContain(dto.poNumber);
  });

  it("an app order that ends in error keeps Ingram's reason on its row and writes one audit row", async () => {
    const dto = await submitOrder({
      tenantId: TENANT,
      customerId: CONTOSO,
      type: 'sales',
      quantity: 1,
      ...period(product),
      microsoft: { domain: 'taken-app.onmicrosoft.com', agreementAccepted: true },
      createdBy: 'tester@example.com',
    });
    await sb.control('POST', '/clock', { advanceSeconds: 120 });
    const found = await getOrderView(TENANT, CONTOSO, dto.ingramOrderId!);
    if (!found.ok) throw new Error('not found');
    expect(found.view).toMatchObject({ status: 'error', subscriptionId: null });
    expect(found.view.errorMessage).toContain('taken-app.onmicrosoft.com is already in use');
    await getOrderView(TENANT, CONTOSO, dto.ingramOrderId!);
    const row = getDb().select().from(orders).where(eq(orders.id, dto.id)).get()!;
    expect(row).toMatchObject({ ingramStatus: 'error', createdSubscriptionId: null });
    const audits = getDb()
      .select()
      .from(auditLog)
      .where(eq(auditLog.action, 'orders.failed'))
      .all()
      .filter((a) => (a.after as { poNumber?: string }).poNumber === dto.poNumber);
    expect(audits).toHaveLength(1);
    expect(audits[0]!.message).toContain('taken-app.onmicrosoft.com is already in use');
  });
});

describe('the orders list', () => {
  it('an order placed outside the app shows product and seats, read from its detail once', async () => {
    const order = await failedSalesOrder();
    await sb.resetCounters();
    const first = await listTenantOrders(TENANT, CONTOSO);
    const row = first.rows.find((r) => r.ref === order.id)!;
    expect(row).toMatchObject({ source: 'ingram', product: product.name, quantity: 3, seats: '3 seats', kindLabel: 'New subscription' });
    expect(await sb.count('GET /orders/{id}')).toBeGreaterThan(0);
    const scheduled = first.rows.find((r) => r.source === 'ingram' && r.status === 'scheduled')!;
    expect(scheduled).toMatchObject({ kindLabel: 'Decrease scheduled for renewal', product: 'Microsoft Defender for Business', seats: '-2 seats' });
    await sb.resetCounters();
    const second = await listTenantOrders(TENANT, CONTOSO);
    expect(second.rows.find((r) => r.ref === order.id)).toMatchObject({ product: product.name, quantity: 3 });
    expect(await sb.count('GET /orders/{id}')).toBe(0);
  });
});
