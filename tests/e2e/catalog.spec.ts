// The Catalog page: Microsoft products with every term and billing price, for browsing;
// a product there starts the Add Subscription wizard preselected.
import Database from 'better-sqlite3';
import { expect, test } from './support/fixtures';
import { authFile } from './support/auth';
import { databaseFile, sandbox } from './support/env';

test.use({ storageState: authFile('readonly') });

test('a read-only user browses prices and is told who may buy', async ({ page }) => {
  await page.goto('/tenant/catalog?tenantFilter=fourthcoffee.onmicrosoft.com');
  await page.getByLabel('Search products by name, MPN or vendor').fill('Business Premium');
  await page.getByRole('search').getByRole('button', { name: 'Search' }).click();
  await expect(page).toHaveURL(/q=Business\+Premium/);
  const rows = page.getByRole('row').filter({ hasText: 'Microsoft 365 Business Premium' });
  await expect(rows).toHaveCount(4); // P1M, P1Y billed monthly, P1Y billed annually, P3Y
  const annualMonthly = rows.filter({ hasText: '1 year' }).filter({ hasText: 'monthly' });
  await expect(annualMonthly).toContainText('$22.00');
  await expect(annualMonthly).toContainText('$264.00');
  await expect(page.getByRole('row').filter({ hasText: 'Microsoft 365 Business Basic' })).toHaveCount(0);

  // Searching again within the cache's lifetime asks Ingram nothing.
  await sandbox('/_sandbox/counters/reset', { method: 'POST' });
  await page.getByLabel('Search products by name, MPN or vendor').fill('Visio');
  await page.getByRole('search').getByRole('button', { name: 'Search' }).click();
  await expect(page.getByRole('row').filter({ hasText: 'Visio Plan 2' }).first()).toBeVisible();
  expect((await sandbox('/_sandbox/counters')).byRoute['GET /products'] ?? 0).toBe(0);

  await page.getByRole('link', { name: 'Buy Visio Plan 2, 1 year term, billed monthly' }).click();
  await expect(page).toHaveURL(/\/tenant\/add-subscription\?.*mpn=CFQ7TTC0HD32/);
  await expect(page.getByText('Your role (Read only) may see products and prices but may not purchase licenses.')).toBeVisible();
});

test.describe('as an admin', () => {
  test.use({ storageState: authFile('admin') });

  test.beforeAll(() => {
    const db = new Database(databaseFile(), { fileMustExist: true });
    db.prepare("INSERT OR IGNORE INTO tenant_mappings (tenant_id, customer_id, customer_name, method) VALUES ('13c769bb-266e-4043-a964-0aa19139be8f', '1000010', 'Alpine Ski House', 'manual')").run();
    db.close();
  });

  test('Buy opens the wizard with the product and its variant chosen', async ({ page }) => {
    await page.goto('/tenant/catalog?q=Visio&tenantFilter=alpineskihouse.onmicrosoft.com');
    await page.getByRole('link', { name: 'Buy Visio Plan 2, 1 year term, billed annually' }).click();
    await expect(page.getByTestId('tenant-billing')).toContainText('billed to the Ingram Micro customer Alpine Ski House');
    await page.getByRole('button', { name: 'Next' }).click();
    await expect(page.getByRole('radio', { name: 'Visio Plan 2, 1-year term, billed annually' })).toBeChecked();
    await page.getByRole('button', { name: 'Next' }).click();
    await expect(page.getByLabel('Number of seats')).toBeVisible();
  });

  test('a tenant without an Ingram customer gets the mapping link, not Next', async ({ page }) => {
    await page.goto('/tenant/catalog?q=Visio&tenantFilter=graphicdesigninstitute.onmicrosoft.com');
    await page.getByRole('link', { name: 'Buy Visio Plan 2, 1 year term, billed annually' }).click();
    await expect(page.getByText('Graphic Design Institute is not mapped to an Ingram Micro customer')).toBeVisible();
    await expect(page.getByRole('link', { name: 'Map this tenant' })).toHaveAttribute('href', '/settings/mappings');
    await expect(page.getByRole('button', { name: 'Next' })).toBeDisabled();
  });
});
