// Microsoft's side of the licenses in the browser, against both sandboxes: after a sync, CSP
// Licenses shows seats assigned and unused as the Microsoft sandbox has them (and the seats bought
// elsewhere), a tenant without consent says so, and All Tenants filters to subscriptions with unused seats.
import type { Page } from '@playwright/test';
import { authFile } from './support/auth';
import { readDb } from './support/env';
import { expect, test } from './support/fixtures';
import { mapTenants } from './support/matrix-env';

const CONTOSO = { tenantId: '0a96abb3-3b07-4f0e-af48-bcc4893e0e73', domain: 'contoso.onmicrosoft.com', customerId: '1000001', name: 'Contoso Ltd' };
const TAILSPIN = { tenantId: '204313f3-ad96-406b-ae1c-4eb2eb7cddab', domain: 'tailspintoys.onmicrosoft.com', customerId: '1000005', name: 'Tailspin Toys' };

test.describe.configure({ mode: 'serial', timeout: 180_000 });
test.use({ storageState: authFile('admin') });

let undo: () => void;
test.beforeAll(async ({ browser }) => {
  undo = mapTenants([CONTOSO, TAILSPIN].map((t) => ({ tenantId: t.tenantId, customerId: t.customerId, name: t.name })));
  // One full sync reads Ingram and Microsoft for every mapped tenant.
  test.setTimeout(300_000);
  const page = await browser.newPage({ storageState: authFile('admin') });
  const lastRun = readDb((db) => (db.prepare('SELECT max(id) AS id FROM sync_runs').get() as { id: number | null }).id ?? 0);
  await page.goto('/settings/integrations/ingram?tab=sync');
  await page.getByRole('button', { name: 'Full sync now' }).click();
  // The run's own row, not the progress bar (hidden until the first poll shows it): it ends when every tenant is read.
  const status = () => readDb((db) => (db.prepare('SELECT status FROM sync_runs WHERE id > ? ORDER BY id DESC LIMIT 1').get(lastRun) as { status: string } | undefined)?.status);
  await expect.poll(status, { timeout: 240_000, intervals: [1_000] }).toMatch(/^(succeeded|partial)$/);
  await page.reload();
  await expect(page.getByRole('table', { name: 'Last sync runs' }).getByRole('row').nth(1)).toContainText(/full \(manual\)\s*(succeeded|partial)/);
  await page.close();
});
test.afterAll(() => undo?.());

const row = (page: Page, product: string) => page.getByRole('grid', { name: 'Subscriptions' }).getByRole('row').filter({ hasText: product }).first();
const cell = (page: Page, product: string, field: string) => row(page, product).locator(`[data-field="${field}"]`);

test('CSP Licenses shows assigned and unused seats as Microsoft has them, and seats from another source', async ({ page }) => {
  await page.goto(`/tenant/licenses?tenantFilter=${CONTOSO.domain}`);
  const grid = page.getByRole('grid', { name: 'Subscriptions' });
  await expect(grid.getByRole('columnheader', { name: 'Assigned' })).toBeVisible();
  await expect(grid.getByRole('columnheader', { name: 'Unused' })).toBeVisible();
  // The Microsoft sandbox's Contoso: Power BI Pro 1 of 3 used, Business Basic 6 of 10, Defender 14 used of 12 + 5 bought elsewhere.
  await expect(cell(page, 'Power BI Pro', 'assigned')).toHaveText('1');
  await expect(cell(page, 'Power BI Pro', 'unused')).toHaveText('2');
  // Exchange Online (Plan 1), the over-assigned one, is cancelled by licenses.spec earlier in the suite: its
  // 7 on 5 is checked in tests/integration/inventory/usage.test.ts. Business Basic: 6 of 10 used.
  await expect(cell(page, 'Microsoft 365 Business Basic', 'assigned')).toHaveText('6');
  await expect(cell(page, 'Microsoft 365 Business Basic', 'unused')).toHaveText('4');
  await expect(cell(page, 'Microsoft 365 Business Premium', 'assigned')).toHaveText('25');
  await expect(cell(page, 'Microsoft Defender for Business', 'assigned')).toHaveText('14');
  await expect(cell(page, 'Microsoft Defender for Business', 'unused')).toContainText('+5 from another source');
  await expect(cell(page, 'Power BI Pro', 'unused')).not.toContainText('another source');
  await expect(page.getByTestId('usage-notice')).toHaveCount(0);
});

test('a tenant without consent says why its seats in use are missing', async ({ page }) => {
  await page.goto(`/tenant/licenses?tenantFilter=${TAILSPIN.domain}`);
  const notice = page.getByTestId('usage-notice');
  await expect(notice).toContainText('Assigned and unused seats are missing: no consent');
  await expect(notice).toContainText(/HTTP 400 · request id [0-9a-f-]{36}/);
});

test('All Tenants: "Has unused seats" keeps only subscriptions with unused seats, in the URL', async ({ page }) => {
  await page.goto(`/tenant/licenses?tenantFilter=all&tenant=${encodeURIComponent('Contoso')}`);
  const grid = page.getByRole('grid', { name: 'Subscriptions of all tenants' });
  await expect(grid.getByRole('row').filter({ hasText: 'Microsoft 365 Business Premium' })).toHaveCount(1);
  // The switch follows the URL: it turns on once the filter is in the address.
  await page.getByRole('switch', { name: 'Has unused seats' }).click();
  await expect(page).toHaveURL(/[?&]unused=1/);
  await expect(page.getByRole('switch', { name: 'Has unused seats' })).toBeChecked();
  await expect(grid.getByRole('row').filter({ hasText: 'Power BI Pro' })).toHaveCount(1);
  await expect(grid.getByRole('row').filter({ hasText: 'Microsoft 365 Business Premium' })).toHaveCount(0);
  await expect(grid.getByRole('row').filter({ hasText: 'Exchange Online (Plan 1)' })).toHaveCount(0);
  const unused = await grid.locator('[role="gridcell"][data-field="unused"]').allTextContents();
  expect(unused.length).toBeGreaterThan(0);
  for (const text of unused) expect(Number.parseInt(text, 10)).toBeGreaterThan(0);
  // The tenant without consent is named with its reason.
  await page.goto('/tenant/licenses?tenantFilter=all');
  await expect(page.getByTestId('usage-missing')).toContainText(/no consent.*Tailspin Toys/s);
});
