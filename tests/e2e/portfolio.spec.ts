// The portfolio views over a seeded inventory: the dashboard's tiles show its numbers and open
// the filtered lists behind them; All Tenants lists every tenant's subscriptions with totals and
// exports CSV and XLSX with number cells; a read-only user sees no cost anywhere.
// The spec owns the inventory while it runs: the sync is paused and the tables hold only its world.
import Database from 'better-sqlite3';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { authFile } from './support/auth';
import { databaseFile, readDb } from './support/env';
import { mapTenant } from './support/world';

const H = 3_600_000;
const DAY = 24 * H;
const CONTOSO_TENANT = '0a96abb3-3b07-4f0e-af48-bcc4893e0e73';
const ALPHA = { tenantId: '7a1f0c3e-0000-4000-8000-00000000a001', name: 'Portfolio Alpha', domain: 'portfolioalpha.onmicrosoft.com' };
const BRAVO = { tenantId: '7a1f0c3e-0000-4000-8000-00000000b002', name: 'Portfolio Bravo', domain: 'portfoliobravo.onmicrosoft.com' };

function write(run: (db: Database.Database) => void) {
  const db = new Database(databaseFile(), { fileMustExist: true });
  try {
    run(db);
  } finally {
    db.close();
  }
}

/** Three USD subscriptions for Alpha, one EUR for Bravo; dates relative to the seeding moment with days of margin. */
function seed() {
  const now = Date.now();
  const day = (offset: number) => new Date(now + offset * DAY).toISOString().slice(0, 10);
  write((db) => {
    db.prepare('INSERT INTO sync_settings (id, enabled) VALUES (1, 0) ON CONFLICT(id) DO UPDATE SET enabled = 0').run();
    for (const t of ['inventory_subscriptions', 'inventory_orders', 'inventory_snapshots']) db.prepare(`DELETE FROM ${t} WHERE 1 = 1`).run();
    const tenant = db.prepare('INSERT OR IGNORE INTO tenants (tenant_id, display_name, default_domain) VALUES (?, ?, ?)');
    for (const t of [ALPHA, BRAVO]) tenant.run(t.tenantId, t.name, t.domain);
    const sub = db.prepare(`INSERT INTO inventory_subscriptions (id, tenant_id, customer_id, product_name, mpn, vendor_subscription_id, quantity, status, subscription_period, billing_period,
      term_months, billing_months, unit_price, unit_cost, total_price, currency, renewal_date, auto_renew, lots, window_closes_at, first_seen_at, last_seen_at)
      VALUES (@id, @tenant, @customer, @product, @mpn, @ms, @qty, 'active', @term, @billing, @termMonths, @billingMonths, @price, @cost, @total, @currency, @renewal, 1, @lots, @closes, @seen, @seen)`);
    const base = { customer: '1000999', mpn: 'CFQ7TTC0LH18:0001', seen: now, lots: '[]', closes: null, term: 'P1Y', billing: 'P1M', termMonths: 12, billingMonths: 1, currency: 'USD' };
    sub.run({ ...base, id: 'pf-a1', tenant: ALPHA.tenantId, product: 'Portfolio Basic', ms: 'ms-a1', qty: 10, price: '10.00', cost: '8.00', total: '100.00', renewal: day(10) });
    sub.run({
      ...base,
      id: 'pf-a2',
      tenant: ALPHA.tenantId,
      product: 'Portfolio Phone',
      ms: 'ms-a2',
      qty: 12,
      price: '100.00',
      cost: '90.00',
      total: '1200.00',
      billing: 'P1Y',
      billingMonths: 12,
      renewal: day(45),
    });
    sub.run({
      ...base,
      id: 'pf-a3',
      tenant: ALPHA.tenantId,
      product: 'Portfolio Monthly',
      ms: 'ms-a3',
      qty: 2,
      price: '10.00',
      cost: '8.00',
      total: '20.00',
      term: 'P1M',
      termMonths: 1,
      renewal: day(5),
    });
    const lots = JSON.stringify([
      { quantity: 4, at: new Date(now - 400 * DAY).toISOString(), source: 'purchase' },
      { quantity: 2, at: new Date(now - 150 * H).toISOString(), source: 'increase' },
      { quantity: 1, at: new Date(now - 100 * H).toISOString(), source: 'increase' },
    ]);
    sub.run({
      ...base,
      id: 'pf-b1',
      tenant: BRAVO.tenantId,
      customer: '1000998',
      product: 'Portfolio Premium',
      ms: 'ms-b1',
      qty: 7,
      price: '10.00',
      cost: '9.00',
      total: '70.00',
      currency: 'EUR',
      term: 'P3Y',
      termMonths: 36,
      renewal: day(80),
      lots,
      closes: now + 68 * H,
    });
  });
}

test.beforeAll(seed);
test.afterAll(() =>
  write((db) => {
    db.prepare("DELETE FROM inventory_subscriptions WHERE id LIKE 'pf-%'").run();
    db.prepare('UPDATE sync_settings SET enabled = 1').run();
  }),
);

const tile = (page: Page, title: string) => page.getByRole('region', { name: title });
const grid = (page: Page) => page.getByRole('grid', { name: 'Subscriptions of all tenants' });
const unmapped = () => readDb((db) => (db.prepare('SELECT count(*) AS n FROM tenants t LEFT JOIN tenant_mappings m ON m.tenant_id = t.tenant_id WHERE m.id IS NULL').get() as { n: number }).n);

async function download(page: Page, button: string): Promise<Buffer> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: button }).click()]);
  const chunks: Buffer[] = [];
  for await (const chunk of await file.createReadStream()) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

test.describe('as an admin', () => {
  test.use({ storageState: authFile('admin') });

  test('the dashboard tiles show the inventory’s numbers and open the lists behind them', async ({ page }) => {
    await page.goto('/');
    const money = tile(page, 'Monthly recurring');
    await expect(money.getByRole('link', { name: 'price per month (USD): $220.00 USD' })).toBeVisible();
    await expect(money.getByRole('link', { name: 'cost per month (USD): $186.00 USD' })).toBeVisible();
    await expect(money.getByRole('link', { name: 'margin per month (USD): $34.00 USD' })).toBeVisible();
    await expect(money.getByRole('link', { name: 'price per month (EUR): €70.00 EUR' })).toBeVisible();
    const renewals = tile(page, 'Renewals');
    await expect(renewals.getByRole('link', { name: 'monthly renewing within 30 days: 1' })).toBeVisible();
    await expect(renewals.getByRole('link', { name: 'annual renewing within 30 days: 1' })).toBeVisible();
    await expect(renewals.getByRole('link', { name: 'annual renewing within 60 days: 2' })).toBeVisible();
    await expect(renewals.getByRole('link', { name: 'multi-year renewing within 90 days: 1' })).toBeVisible();
    const windows = tile(page, 'NCE windows closing');
    await expect(windows.getByRole('link', { name: 'seats still reducible, window closing within 24 hours: 2' })).toBeVisible();
    await expect(windows.getByRole('link', { name: 'seats still reducible, window closing within 72 hours: 3' })).toBeVisible();
    await expect(tile(page, 'Tenants').getByRole('link', { name: `tenants not mapped to an Ingram Micro customer: ${unmapped()}` })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Seats and monthly spend, last 90 days' })).toBeVisible();

    await renewals.getByRole('link', { name: 'annual renewing within 60 days: 2' }).click();
    await expect(page).toHaveURL(/tenantFilter=all&status=active&renewalWithinDays=60&term=annual/);
    await expect(grid(page).getByRole('row')).toHaveCount(3); // header + 2
    await expect(grid(page).getByText('Portfolio Basic')).toBeVisible();
    await expect(grid(page).getByText('Portfolio Phone')).toBeVisible();
    await expect(page.getByRole('status', { name: 'Totals of the filtered subscriptions' })).toContainText('2 subscriptions match');

    await page.goto('/');
    await tile(page, 'NCE windows closing').getByRole('link', { name: 'seats still reducible, window closing within 24 hours: 2' }).click();
    await expect(grid(page).getByText('Portfolio Premium')).toBeVisible();
    await expect(page.getByText('NCE window closes within 24 h')).toBeVisible();

    // Order tiles: the number is the length of the list it opens.
    await page.goto('/');
    const inProgress = tile(page, 'Orders').getByRole('link', { name: /^orders in progress: \d+$/ });
    const count = Number((await inProgress.getAttribute('aria-label'))!.split(': ')[1]);
    await inProgress.click();
    await expect(page.getByRole('heading', { name: 'Orders' })).toBeVisible();
    await expect(page.getByRole('grid', { name: 'Orders of all tenants' }).getByRole('row')).toHaveCount(Math.min(count, 25) + 1);
  });

  test('All Tenants lists every tenant’s subscriptions with totals and cost, and exports every filtered row', async ({ page }) => {
    await page.goto('/tenant/licenses');
    await expect(page.getByRole('heading', { name: 'CSP Licenses' })).toBeVisible();
    await page.getByRole('combobox', { name: 'Tenant' }).click();
    await page.getByRole('option', { name: /^All tenants/ }).click();
    await expect(page).toHaveURL(/tenantFilter=all/);
    await expect(grid(page).getByRole('row')).toHaveCount(5);
    await expect(grid(page).getByRole('link', { name: 'Portfolio Alpha' })).toHaveCount(3);
    await expect(grid(page).getByRole('link', { name: 'Portfolio Bravo' })).toHaveCount(1);
    await expect(grid(page).getByRole('columnheader', { name: 'Unit cost' })).toBeVisible();
    const totals = page.getByRole('status', { name: 'Totals of the filtered subscriptions' });
    await expect(totals).toContainText('USD: 3 subscriptions, 24 seats, price $220.00 USD per month, cost $186.00 USD per month, margin $34.00 USD per month');
    await expect(totals).toContainText('EUR: 1 subscription, 7 seats, price €70.00 EUR per month');

    // A server-side filter: only EUR's product remains, and the totals follow.
    await page.getByRole('textbox', { name: 'Product or MPN' }).fill('premium');
    await expect(grid(page).getByRole('row')).toHaveCount(2);
    await expect(totals).toContainText('1 subscription match');
    await page.getByRole('textbox', { name: 'Product or MPN' }).fill('');
    await expect(grid(page).getByRole('row')).toHaveCount(5);

    const csv = Papa.parse<Record<string, string>>((await download(page, 'Export CSV')).toString('utf8').replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true });
    expect(csv.data).toHaveLength(4);
    const basic = csv.data.find((r) => r['Subscription ID'] === 'pf-a1')!;
    expect(basic).toMatchObject({
      Tenant: 'Portfolio Alpha',
      'Tenant ID': ALPHA.tenantId,
      'Ingram customer ID': '1000999',
      'Microsoft subscription ID': 'ms-a1',
      Quantity: '10',
      'Unit price': '10',
      'Unit cost': '8',
      Currency: 'USD',
    });
    expect(basic['Renewal date']).toMatch(/^\d{4}-\d{2}-\d{2}$/);

    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await download(page, 'Export XLSX')) as unknown as ArrayBuffer);
    const sheet = book.getWorksheet('Subscriptions')!;
    const header = (sheet.getRow(1).values as unknown[]).slice(1) as string[];
    expect(sheet.rowCount).toBe(5);
    const rows = [2, 3, 4, 5].map((i) => sheet.getRow(i));
    const phone = rows.find((r) => r.getCell(header.indexOf('Subscription ID') + 1).value === 'pf-a2')!;
    expect(phone.getCell(header.indexOf('Quantity') + 1).value).toBe(12);
    expect(phone.getCell(header.indexOf('Unit price') + 1).value).toBe(100);
    expect(phone.getCell(header.indexOf('Unit cost') + 1).value).toBe(90);
    expect(phone.getCell(header.indexOf('Renewal date') + 1).value).toBeInstanceOf(Date);

    // A row opens its tenant's own view.
    await grid(page).getByRole('link', { name: 'Portfolio Bravo' }).click();
    await expect(page).toHaveURL(new RegExp(`tenantFilter=${BRAVO.domain}`));
    await expect(page.getByRole('combobox', { name: 'Tenant' })).toHaveValue('Portfolio Bravo');
  });
});

test.describe('as a read-only user', () => {
  test.use({ storageState: authFile('readonly') });

  test('sees no cost on the dashboard or in All Tenants, and the export omits it', async ({ page }) => {
    await page.goto('/');
    await expect(tile(page, 'Monthly recurring').getByRole('link', { name: 'price per month (USD): $220.00 USD' })).toBeVisible();
    await expect(page.getByText(/cost per month|margin per month/)).toHaveCount(0);
    await page.goto('/tenant/licenses?tenantFilter=all');
    await expect(grid(page).getByRole('row')).toHaveCount(5);
    await expect(grid(page).getByRole('columnheader', { name: 'Price per month' })).toBeVisible();
    await expect(grid(page).getByRole('columnheader', { name: /cost|margin/i })).toHaveCount(0);
    await expect(page.getByRole('status', { name: 'Totals of the filtered subscriptions' })).not.toContainText('cost');
    const csv = (await download(page, 'Export CSV')).toString('utf8');
    expect(csv).toContain('Unit price');
    expect(csv).not.toMatch(/Unit cost|Monthly cost/);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await download(page, 'Export XLSX')) as unknown as ArrayBuffer);
    expect((book.getWorksheet('Subscriptions')!.getRow(1).values as unknown[]).slice(1)).not.toContain('Unit cost');
  });

  test('sees no cost columns on a tenant’s CSP Licenses', async ({ page }) => {
    await mapTenant(CONTOSO_TENANT, 'Contoso Limited');
    await page.goto('/tenant/licenses?tenantFilter=contoso.onmicrosoft.com');
    await expect(page.getByRole('grid').getByRole('columnheader', { name: 'Seats' })).toBeVisible();
    await expect(page.getByRole('grid').getByRole('columnheader', { name: /cost|margin/i })).toHaveCount(0);
  });
});

test.describe('as an admin, on one tenant', () => {
  test.use({ storageState: authFile('admin') });

  test('sees the cost and margin columns on the tenant’s CSP Licenses', async ({ page }) => {
    await mapTenant(CONTOSO_TENANT, 'Contoso Limited');
    await page.goto('/tenant/licenses?tenantFilter=contoso.onmicrosoft.com');
    await expect(page.getByRole('grid').getByRole('columnheader', { name: 'Unit cost' })).toBeAttached();
    await expect(page.getByRole('grid').getByRole('columnheader', { name: 'Margin per month' })).toBeAttached();
  });
});
