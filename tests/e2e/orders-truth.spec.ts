// Orders and licenses tell the truth, in the browser at 1440 x 900: the CSP Licenses grid fits,
// a subscription without product lines offers no seat actions, a failed order shows Ingram's reason,
// a scheduled decrease waits for its date, and an order recovered after a 504 says so.
// Runs after licenses.spec.ts on the same sandbox world.
import Database from 'better-sqlite3';
import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { authFile } from './support/auth';
import { databaseFile, readDb, sandbox, sandboxIngram } from './support/env';

const CONTOSO = { tenantId: '0a96abb3-3b07-4f0e-af48-bcc4893e0e73', domain: 'contoso.onmicrosoft.com', customerId: '1000001' };
const PAGE = `/tenant/licenses?tenantFilter=${CONTOSO.domain}`;
const RESERVATION = 'Azure Reserved VM Instance D2s v5 (1 year)';

const row = (page: Page, product: string) => page.getByRole('row').filter({ hasText: product });
const advanceClock = (seconds: number) => sandbox('/_sandbox/clock', { body: { advanceSeconds: seconds } });

test.describe.configure({ mode: 'serial', timeout: 120_000 });
test.use({ storageState: authFile('admin') });

test.beforeAll(() => {
  const db = new Database(databaseFile(), { fileMustExist: true });
  db.prepare("INSERT OR IGNORE INTO tenant_mappings (tenant_id, customer_id, customer_name, method, created_by) VALUES (?, ?, 'Contoso Limited', 'manual', 'e2e')").run(
    CONTOSO.tenantId,
    CONTOSO.customerId,
  );
  db.close();
});

// A technician's view (an editor, no cost columns): an admin with costs.view sees three more columns and may scroll.
test.describe('as a technician', () => {
  test.use({ storageState: authFile('editor') });
  test('the CSP Licenses grid fits 1440 px: no horizontal scroll, window and order state in view, names on hover', async ({ page }) => {
    await page.goto(PAGE);
    const grid = page.getByRole('grid', { name: 'Subscriptions' });
    await expect(row(page, 'Microsoft 365 Business Premium')).toBeVisible();
    const scroller = grid.locator('xpath=ancestor::*[@data-table-scroller]').or(grid.locator('.MuiDataGrid-virtualScroller'));
    const { scrollWidth, clientWidth } = await scroller.evaluate((el) => ({ scrollWidth: el.scrollWidth, clientWidth: el.clientWidth }));
    expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
    await expect(grid.getByRole('columnheader', { name: 'NCE window' })).toBeInViewport();
    await expect(grid.getByRole('columnheader', { name: 'Order state' })).toBeInViewport();
    // Product first, then the actions menu; the subscription id is there but hidden by default.
    await expect(grid.getByRole('columnheader').first()).toHaveText('Product');
    await expect(grid.getByRole('columnheader', { name: 'Subscription id' })).toHaveCount(0);
    await expect(row(page, 'Microsoft 365 Business Premium').getByTitle('Microsoft 365 Business Premium', { exact: true })).toBeVisible();
    // Every money column names its period.
    await expect(row(page, 'Microsoft 365 Business Premium').getByRole('gridcell').nth(5)).toHaveText(/^\$[\d,.]+ per month$/);
    if (process.env.UPDATE_SCREENSHOT) await page.screenshot({ path: 'docs/screenshots/csp-licenses.png' });
  });
});

test('"Add subscription" opens the wizard for the tenant', async ({ page }) => {
  await page.goto(PAGE);
  await page.getByRole('link', { name: 'Add subscription', exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/tenant/add-subscription\\?tenantFilter=${CONTOSO.domain}`));
  await expect(page.getByRole('heading', { name: 'Add Subscription' })).toBeVisible();
});

test('a subscription without product lines shows "-" seats, its yearly price, and no seat actions with the reason', async ({ page }) => {
  await page.goto(PAGE);
  const reservation = row(page, RESERVATION);
  await expect(reservation.getByRole('gridcell').nth(2)).toHaveText('-');
  await expect(reservation.getByRole('gridcell').nth(5)).toHaveText('$612.00 per year');
  await page.getByRole('button', { name: `Actions for ${RESERVATION}` }).click();
  await expect(page.getByText(/lists no product lines at Ingram Micro/)).toBeVisible();
  await expect(page.getByRole('menuitem', { name: 'Add seats' })).toHaveCount(0);
  await expect(page.getByRole('menuitem', { name: /Turn auto-renew/ })).toBeVisible();
});

test("a failed order shows Ingram's reason on the licenses page and on its page, and created no subscription", async ({ page }) => {
  const { base, headers } = await sandboxIngram();
  const res = await fetch(`${base}/orders`, {
    method: 'POST',
    headers,
    body: JSON.stringify({
      type: 'sales',
      customerId: CONTOSO.customerId,
      poNumber: `PORTAL-FAIL-${Date.now()}`,
      subscriptionPeriod: { type: 'year', duration: 1 },
      products: [
        {
          mpn: 'CFQ7TTC0LH16:0001',
          quantity: 4,
          billingPeriod: { type: 'month', duration: 1 },
          subscriptionPeriod: { type: 'year', duration: 1 },
          parameters: [
            { name: 'microsoft_domain', value: 'taken-contoso.onmicrosoft.com' },
            { name: 'microsoft_customer_agreement', value: 'accepted' },
          ],
        },
      ],
    }),
  });
  expect(res.status).toBe(201);
  const order = (await res.json()) as { id: string; orderNumber: string };
  await advanceClock(60);
  await page.goto(PAGE);
  // The page starts from the inventory, synced before this order existed: Refresh reads Ingram live.
  await page.getByRole('button', { name: 'Refresh' }).click();
  const alert = page.getByTestId('failed-order').filter({ hasText: order.orderNumber });
  await expect(alert).toContainText('the domain taken-contoso.onmicrosoft.com is already in use');
  await alert.getByRole('link', { name: order.orderNumber }).click();
  await expect(page.getByTestId('order-error')).toContainText('the domain taken-contoso.onmicrosoft.com is already in use');
  await expect(page.getByRole('row', { name: /^Subscription/ })).toContainText('None: the order failed');
  await expect(page.getByText('Subscription created')).toHaveCount(0);
  await expect(page.getByRole('row', { name: /^Quantity/ })).toContainText('4 seats');
});

test('a decrease scheduled for renewal waits for its date, and the page does not keep following it', async ({ page }) => {
  const { orders } = (await sandbox(`/_sandbox/state/orders?customerId=${CONTOSO.customerId}`)) as { orders: Array<{ id: string; poNumber?: string }> };
  const scheduled = orders.find((o) => o.poNumber?.endsWith('-DEC'))!;
  await page.goto(`/tenant/orders/${scheduled.id}?tenantFilter=${CONTOSO.domain}`);
  await expect(page.getByTestId('order-scheduled')).toContainText(/Waits for the renewal date \(\d{4}-\d{2}-\d{2}\)/);
  await expect(page.getByRole('row', { name: /^Type/ })).toContainText('Decrease scheduled for renewal');
  await expect(page.getByRole('row', { name: /^Quantity/ })).toContainText('-2 seats');
  await expect(page.getByLabel('Following the order')).toHaveCount(0);
  await expect(page.getByText('Following the order')).toHaveCount(0);
});

test('an order recovered after a 504 says so on its page and in its audit row', async ({ page }) => {
  await page.goto(PAGE);
  await sandbox('/_sandbox/faults', { body: { method: 'POST', path: '/orders', kind: 'work-then-504' } });
  await page.getByRole('button', { name: 'Actions for Microsoft Entra ID P1' }).click();
  await page.getByRole('menuitem', { name: 'Add seats' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Number of seats').fill('1');
  await dialog.getByRole('button', { name: 'Add seats' }).click();
  await expect(dialog).toBeHidden();
  await sandbox('/_sandbox/faults', { method: 'DELETE' });
  const recovered = readDb((db) => db.prepare('SELECT ingram_order_id AS id, po_number AS po FROM orders WHERE recovered_at IS NOT NULL ORDER BY id DESC LIMIT 1').get() as { id: string; po: string });
  const audit = readDb((db) => db.prepare("SELECT after, message FROM audit_log WHERE action = 'licenses.changeSeats' ORDER BY id DESC LIMIT 1").get() as { after: string; message: string });
  expect(JSON.parse(audit.after)).toMatchObject({ recovered: true, orderId: recovered.id });
  expect(audit.message).toContain(recovered.po);
  await page.goto(`/tenant/orders/${recovered.id}?tenantFilter=${CONTOSO.domain}`);
  await expect(page.getByTestId('order-recovered')).toContainText(`found it at Ingram Micro by its PO number ${recovered.po}`);
  await expect(page.getByRole('row', { name: /^Type/ })).toContainText('Seat increase');
  await expect(page.getByRole('row', { name: /^Quantity/ })).toContainText(/\d+ → \d+ seats/);
});
