// Issue 6: the tenant mapping table, auto-map proposals and their review, manual mapping,
// removal, and the read-only view (with its direct action call refused).
import { type Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { captureAction, expectRefused, replayAction } from './support/actions';
import { authFile } from './support/auth';
import Database from 'better-sqlite3';
import { databaseFile, readDb } from './support/env';

type Row = { tenant_id: string; customer_id: string; customer_name: string; method: string };
const mappingOf = (tenantName: string) =>
  readDb((db) => db.prepare('select m.* from tenant_mappings m join tenants t on t.tenant_id = m.tenant_id where t.display_name = ?').get(tenantName) as Row | undefined);

const tableRow = (page: Page, name: string | RegExp) => page.getByRole('grid', { name: 'Tenant mappings' }).getByRole('row', { name });

async function pickOption(page: Page, label: string, text: string, option: string | RegExp) {
  await page.getByRole('dialog').getByRole('combobox', { name: label }).fill(text);
  await page.getByRole('option', { name: option }).click();
}

test.describe.configure({ mode: 'serial', timeout: 150_000 });

// Auto-map is judged on a clean slate: other specs in the run map tenants they need.
test.beforeAll(() => {
  const db = new Database(databaseFile(), { fileMustExist: true });
  try {
    db.prepare('DELETE FROM tenant_mappings').run();
  } finally {
    db.close();
  }
});
const tenantCount = () => readDb((db) => (db.prepare('select count(*) as n from tenants').get() as { n: number }).n);

test.describe('admin', () => {
  test.use({ storageState: authFile('admin') });

  test('auto-map proposes id and name matches with reasons, lists the ambiguous one, and saves what is accepted', async ({ page }) => {
    await page.goto('/settings/mappings');
    const n = tenantCount();
    await expect(page.getByTestId('mapping-counts')).toHaveText(`${n} tenants · 0 mapped · ${n} not mapped · 0 with problems`);
    await page.getByRole('button', { name: 'Auto-map' }).click();
    const review = page.getByTestId('auto-map-review');
    await expect(review).toBeVisible({ timeout: 30_000 });
    const proposals = review.getByRole('grid', { name: 'Auto-map proposals' });
    const proposal = (tenant: string) => proposals.getByRole('row', { name: new RegExp(`^((Uns|S)elect row )?${tenant}\\b`) });

    await expect(proposal('Wingtip Toys')).toContainText(/By tenant id.*tenant id found in subscription \d+/);
    await expect(proposal('Woodgrove Bank')).toContainText('Woodgrove Financial Group');
    await expect(proposal('Woodgrove Bank')).toContainText(/tenant id found in subscription \d+/);
    await expect(proposal('Lucerne Publishing')).toContainText(/Lucerne Media Group.*By externalId.*tenant id is the customer's externalId/);
    // The label names the evidence the reason gives: a domain match is not called a tenant-id match.
    await expect(proposal('Relecloud')).toContainText(/Relecloud Corporation.*By domain.*domain found in subscription \d+/);
    await expect(proposal('Contoso Ltd')).toContainText(/Contoso Limited.*By name.*name matches after normalising/);
    await expect(proposal('Coho Winery')).toContainText('Coho Winery Pty Ltd');
    await expect(proposal("Margie's Travel")).toContainText('Margies Travel');
    await expect(proposal('Trey Research')).toHaveCount(0);
    await expect(proposal('Graphic Design Institute')).toHaveCount(0);
    const ambiguous = review.getByTestId('auto-map-ambiguous');
    await expect(ambiguous).toContainText(/Trey Research: the name matches Trey Research Inc \(1000014\), Trey Research Ltd \(1000013\)/);

    // A customer that cannot order (Blue Yonder Airlines is on credit hold) is proposed with a warning, not ticked.
    await expect(review.getByTestId('auto-map-held')).toContainText('Not ticked: Blue Yonder Airlines (credit hold)');
    await expect(proposal('Blue Yonder Airlines')).toContainText('credit hold: cannot order');
    await expect(proposal('Blue Yonder Airlines').getByRole('checkbox')).not.toBeChecked();
    await expect(proposal('Contoso Ltd').getByRole('checkbox')).toBeChecked();
    // The admin knows the mapping is right all the same: tick it.
    await proposal('Blue Yonder Airlines').getByRole('checkbox').check();

    // Accept some: untick Coho Winery.
    const before = await review.getByRole('button', { name: /Accept selected/ }).textContent();
    const total = Number(/\((\d+)\)/.exec(before ?? '')![1]);
    await proposal('Coho Winery').getByRole('checkbox').uncheck();
    await review.getByRole('button', { name: `Accept selected (${total - 1})` }).click();
    await expect(page.getByTestId('mapping-message')).toHaveText(`${total - 1} mappings saved.`);

    expect(mappingOf('Wingtip Toys')).toMatchObject({ customer_name: 'Wingtip Toys', method: 'tenantId' });
    expect(mappingOf('Woodgrove Bank')).toMatchObject({ customer_name: 'Woodgrove Financial Group', method: 'tenantId' });
    expect(mappingOf('Contoso Ltd')).toMatchObject({ customer_id: '1000001', method: 'name' });
    expect(mappingOf('Coho Winery')).toBeUndefined();
    expect(mappingOf('Trey Research')).toBeUndefined();
    await expect(page.getByTestId('mapping-counts')).toContainText(`${total - 1} mapped`);
    await expect(tableRow(page, /^Woodgrove Bank/)).toContainText(/Woodgrove Financial Group.*1000007.*active.*By tenant id/);
    const audits = readDb((db) => db.prepare("select count(*) as n from audit_log where action = 'mappings.acceptProposal' and result = 'success'").get() as { n: number });
    expect(audits.n).toBe(total - 1);

    // Blue Yonder Airlines is on credit hold upstream: a problem.
    await expect(page.getByTestId('mapping-counts')).toContainText('1 with problems');
    await page.getByRole('button', { name: 'Problems (1)' }).click();
    await expect(tableRow(page, /^Blue Yonder Airlines/)).toContainText('The customer is creditHold, not active');
    await expect(tableRow(page, /^Contoso Ltd/)).toHaveCount(0);
    await page.getByRole('button', { name: /^Not mapped/ }).click();
    await expect(tableRow(page, /^Trey Research/)).toContainText('not mapped');
    await expect(tableRow(page, /^Wingtip Toys/)).toHaveCount(0);
  });

  test('a manual mapping, a customer serving two tenants, and a removal', async ({ page }) => {
    await page.goto('/settings/integrations/ingram?tab=mapping');
    await expect(page.getByRole('tab', { name: 'Tenant Mapping', selected: true })).toBeVisible();
    await page.getByRole('button', { name: 'Add mapping' }).click();
    const dialog = page.getByRole('dialog', { name: 'Add a mapping' });
    // Tenants already mapped are not offered.
    await dialog.getByRole('combobox', { name: 'Tenant' }).fill('Wingtip');
    await expect(page.getByRole('option')).toHaveCount(0);
    await pickOption(page, 'Tenant', 'Trey', /^Trey Research/);
    await expect(dialog.getByText(/Search \d+ customers by name or id/)).toBeVisible();
    await pickOption(page, 'Ingram customer', '1000014', /Trey Research Inc \(1000014\)/);
    await dialog.getByRole('button', { name: 'Save mapping' }).click();
    await expect(page.getByTestId('mapping-message')).toHaveText('Trey Research is mapped to Trey Research Inc.');
    await expect(tableRow(page, /^Trey Research/)).toContainText(/Trey Research Inc.*1000014.*Manual/);
    expect(mappingOf('Trey Research')).toMatchObject({ customer_id: '1000014', method: 'manual' });

    await page.getByRole('button', { name: 'Add mapping' }).click();
    await pickOption(page, 'Tenant', 'Graphic', /^Graphic Design Institute/);
    await pickOption(page, 'Ingram customer', 'contoso', /Contoso Limited \(1000001\)/);
    await expect(page.getByRole('dialog').getByText('This customer already serves Contoso Ltd. One customer may serve several tenants.')).toBeVisible();
    await page.getByRole('dialog').getByRole('button', { name: 'Save mapping' }).click();
    await expect(page.getByTestId('mapping-message')).toContainText('Graphic Design Institute is mapped to Contoso Limited');
    await expect(tableRow(page, /^Graphic Design Institute/)).toContainText('also serves Contoso Ltd');
    await expect(tableRow(page, /^Contoso Ltd/)).toContainText('also serves Graphic Design Institute');

    await page.getByRole('button', { name: 'Remove mapping of Graphic Design Institute' }).click();
    const confirm = page.getByRole('dialog', { name: 'Remove the mapping of Graphic Design Institute?' });
    await expect(confirm).toContainText('Contoso Limited (1000001)');
    await confirm.getByRole('button', { name: 'Remove mapping' }).click();
    await expect(page.getByTestId('mapping-message')).toHaveText('Mapping of Graphic Design Institute removed.');
    await expect(tableRow(page, /^Graphic Design Institute/)).toContainText('not mapped');
    expect(mappingOf('Graphic Design Institute')).toBeUndefined();
    const audit = readDb((db) => db.prepare("select before from audit_log where action = 'mappings.remove' and result = 'success' order by id desc limit 1").get() as { before: string });
    expect(JSON.parse(audit.before)).toMatchObject({ customerId: '1000001', customerName: 'Contoso Limited' });
  });
});

test('a read-only user sees the table, cannot change it, and a direct action call is refused', async ({ browser }) => {
  const admin = await browser.newContext({ storageState: authFile('admin') });
  const adminPage = await admin.newPage();
  await adminPage.goto('/settings/mappings');
  await adminPage.getByRole('button', { name: 'Add mapping' }).click();
  await pickOption(adminPage, 'Tenant', 'Munson', /^Munson's Pickles/);
  await pickOption(adminPage, 'Ingram customer', '1000020', /\(1000020\)/);
  const captured = await captureAction(adminPage, () => adminPage.getByRole('dialog').getByRole('button', { name: 'Save mapping' }).click());
  await expect(adminPage.getByTestId('mapping-message')).toBeVisible();
  await admin.close();

  const readonly = await browser.newContext({ storageState: authFile('readonly') });
  const page = await readonly.newPage();
  await page.goto('/settings/mappings');
  await expect(tableRow(page, /^Wingtip Toys/)).toContainText(/Wingtip Toys.*By tenant id/);
  await expect(page.getByRole('button', { name: 'Add mapping' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Auto-map' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: /^Remove mapping of/ })).toHaveCount(0);
  await readonly.close();

  const refusedBefore = readDb((db) => db.prepare("select count(*) as n from audit_log where action = 'mappings.save' and result = 'refused'").get() as { n: number });
  expectRefused(await replayAction(captured, 'readonly'));
  expectRefused(await replayAction(captured, 'editor'));
  const refusedAfter = readDb((db) => db.prepare("select count(*) as n from audit_log where action = 'mappings.save' and result = 'refused'").get() as { n: number });
  expect(refusedAfter.n).toBe(refusedBefore.n + 2);
});
