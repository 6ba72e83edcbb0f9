// The Orders page: the tenant's orders, those placed through the app and those Ingram
// reports (here one placed straight at the sandbox), newest first, with links to each.
import Database from 'better-sqlite3';
import { expect, test } from './support/fixtures';
import { authFile } from './support/auth';
import { databaseFile, sandboxIngram } from './support/env';

const ALPINE = { tenantId: '13c769bb-266e-4043-a964-0aa19139be8f', domain: 'alpineskihouse.onmicrosoft.com', customerId: '1000010' };

/** Places an order at the sandbox directly, as another tool or Ingram's portal would. */
async function placeOutsideTheApp(poNumber: string) {
  const { base, headers } = await sandboxIngram();
  const res = await fetch(`${base}/orders`, {
    method: 'POST',
    headers,
    body: JSON.stringify({
      type: 'sales',
      customerId: ALPINE.customerId,
      poNumber,
      subscriptionPeriod: { type: 'year', duration: 1 },
      products: [
        {
          mpn: 'CFQ7TTC0LH16:0001',
          quantity: 7,
          billingPeriod: { type: 'month', duration: 1 },
          subscriptionPeriod: { type: 'year', duration: 1 },
          parameters: [
            { name: 'microsoft_domain', value: ALPINE.domain },
            { name: 'microsoft_customer_agreement', value: 'accepted' },
          ],
        },
      ],
    }),
  });
  expect(res.status).toBe(201);
  return (await res.json()) as { id: string; orderNumber: string };
}

test.use({ storageState: authFile('readonly') });

test.beforeAll(() => {
  const db = new Database(databaseFile(), { fileMustExist: true });
  db.prepare("INSERT OR IGNORE INTO tenant_mappings (tenant_id, customer_id, customer_name, method) VALUES (?, ?, 'Alpine Ski House', 'manual')").run(ALPINE.tenantId, ALPINE.customerId);
  db.close();
});

test('an order Ingram reports is listed and opens with its lines and total', async ({ page }) => {
  const order = await placeOutsideTheApp(`OUTSIDE-${Date.now()}`);
  await page.goto(`/tenant/orders?tenantFilter=${ALPINE.domain}`);
  const row = page.getByRole('row').filter({ hasText: order.orderNumber });
  await expect(row).toContainText('Ingram');
  await expect(row).toContainText('Submitted');
  // Ingram's row names neither product nor seats: read from the order's detail once.
  await expect(row).toContainText('Exchange Online (Plan 1)');
  await expect(row).toContainText('7 seats');
  await expect(row).toContainText('New subscription');
  await expect(page.getByRole('row').nth(1)).toContainText(order.orderNumber); // newest first
  await row.getByRole('link', { name: order.orderNumber }).click();
  await expect(page).toHaveURL(new RegExp(`/tenant/orders/${order.id}\\?`));
  await expect(page.getByRole('heading', { name: `Order ${order.orderNumber}` })).toBeVisible();
  await expect(page.getByRole('row', { name: /^Placed by/ })).toContainText('Outside this app');
  await expect(page.getByRole('table', { name: 'Order lines' })).toContainText('Exchange Online (Plan 1)');
  await expect(page.getByTestId('order-total')).toHaveText('$28.00');
});

test('another customer’s order is not shown under this tenant', async ({ page }) => {
  await page.goto(`/tenant/orders/5000001?tenantFilter=${ALPINE.domain}`);
  await expect(page.getByText('Order not found')).toBeVisible();
});

test('an unmapped tenant is sent to the mapping page', async ({ page }) => {
  await page.goto('/tenant/orders?tenantFilter=graphicdesigninstitute.onmicrosoft.com');
  await expect(page.getByText('Graphic Design Institute is not mapped to an Ingram Micro customer')).toBeVisible();
});
