// The Tenants page as an admin uses it, the server's refusal of the same calls from
// lower roles, and the audit log showing all of it.
import { randomUUID } from 'node:crypto';
import { type Page } from '@playwright/test';
import { expect as baseExpect, test } from './support/fixtures';
import { captureAction, callActionWith, expectRefused, replayAction } from './support/actions';
import { authFile } from './support/auth';
import Database from 'better-sqlite3';
import { databaseFile, readDb } from './support/env';

// Generous waits: the suite shares a busy machine with other builds.
const expect = baseExpect.configure({ timeout: 40_000 });
test.describe.configure({ mode: 'serial', timeout: 180_000 });
test.use({ storageState: authFile('admin') });

const stamp = Date.now();
const name = `0 E2E Tenant ${stamp}`;
const renamed = `0 E2E Renamed ${stamp}`;
const domain = `e2e${stamp}.onmicrosoft.com`;
const tenantGuid = randomUUID();
const importDomains = [`imp1-${stamp}.onmicrosoft.com`, `imp2-${stamp}.onmicrosoft.com`, `imp3-${stamp}.onmicrosoft.com`];

const tenantCount = () => readDb((db) => (db.prepare('select count(*) as n from tenants').get() as { n: number }).n);
const tenantRow = (tenantId: string) =>
  readDb((db) => db.prepare('select display_name as displayName, default_domain as defaultDomain from tenants where tenant_id = ?').get(tenantId)) as
    { displayName: string; defaultDomain: string } | undefined;

async function openAddDialog(page: Page) {
  await page.getByRole('button', { name: 'Add tenant' }).click();
  return page.getByRole('dialog', { name: 'Add tenant' });
}

test('adds, edits and removes a tenant', async ({ page }) => {
  await page.goto('/settings/tenants');
  const before = tenantCount();

  // Invalid values are named on their fields; a clash with an existing tenant comes back from the server.
  let dialog = await openAddDialog(page);
  await dialog.getByLabel('Tenant id').fill('not-a-guid');
  await dialog.getByLabel('Display name').fill(name);
  await dialog.getByLabel('Default domain').fill('contoso.onmicrosoft.com');
  await dialog.getByRole('button', { name: 'Add tenant' }).click();
  await expect(dialog.getByText('The tenant id must be a GUID')).toBeVisible();
  await dialog.getByLabel('Tenant id').fill(tenantGuid);
  await dialog.getByRole('button', { name: 'Add tenant' }).click();
  await expect(dialog.getByText('Already used by "Contoso Ltd"')).toBeVisible();
  expect(tenantCount()).toBe(before);

  await dialog.getByLabel('Default domain').fill(domain.toUpperCase());
  await dialog.getByRole('button', { name: 'Add tenant' }).click();
  await expect(page.getByTestId('tenants-notice')).toHaveText(`Added ${name}.`);
  const grid = page.getByRole('grid', { name: 'Tenants' });
  await expect(grid.getByRole('row', { name: new RegExp(name) })).toContainText(domain);
  expect(tenantRow(tenantGuid)).toEqual({ displayName: name, defaultDomain: domain });

  await page.getByRole('button', { name: `Edit ${name}` }).click();
  dialog = page.getByRole('dialog', { name: `Edit ${name}` });
  await expect(dialog.getByLabel('Tenant id')).toHaveValue(tenantGuid);
  await dialog.getByLabel('Display name').fill(renamed);
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByTestId('tenants-notice')).toHaveText(`Saved ${renamed}.`);
  await expect(grid.getByRole('row', { name: new RegExp(renamed) })).toBeVisible();
  expect(tenantRow(tenantGuid)?.displayName).toBe(renamed);

  await page.getByRole('button', { name: `Remove ${renamed}` }).click();
  dialog = page.getByRole('dialog', { name: `Remove ${renamed}?` });
  await dialog.getByRole('button', { name: 'Remove tenant' }).click();
  await expect(page.getByTestId('tenants-notice')).toHaveText(`Removed ${renamed}.`);
  await expect(grid.getByText(renamed)).toHaveCount(0);
  expect(tenantRow(tenantGuid)).toBeUndefined();
  expect(tenantCount()).toBe(before);
});

test('a CSV with one bad row imports nothing and names the row; the corrected file imports all', async ({ page }) => {
  await page.goto('/settings/tenants');
  const before = tenantCount();
  const rows = importDomains.map((d, i) => `${randomUUID()},Imported ${stamp} ${i + 1},${d}`);
  const bad = ['tenant id,display name,default domain', rows[0], `12345,Imported ${stamp} 2,${importDomains[1]}`, rows[2]].join('\n');

  await page.getByRole('button', { name: 'Import CSV' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import tenants from CSV' });
  await dialog.getByLabel('CSV file').setInputFiles({ name: 'tenants.csv', mimeType: 'text/csv', buffer: Buffer.from(bad) });
  await expect(dialog.getByLabel('CSV rows')).toHaveValue(bad);
  await dialog.getByRole('button', { name: 'Import' }).click();
  const error = dialog.getByTestId('action-error');
  await expect(error).toContainText('Nothing was imported');
  await expect(error).toContainText('Row 3: tenant id: The tenant id must be a GUID');
  await expect(error).not.toContainText('Row 2');
  await expect(error).not.toContainText('Row 4');
  expect(tenantCount()).toBe(before);

  const good = ['tenant id,display name,default domain', ...rows.slice(0, 1), `${randomUUID()},Imported ${stamp} 2,${importDomains[1]}`, rows[2]].join('\n');
  await dialog.getByLabel('CSV rows').fill(good);
  await dialog.getByRole('button', { name: 'Import' }).click();
  await expect(page.getByTestId('tenants-notice')).toHaveText('Imported 3 tenants.');
  expect(tenantCount()).toBe(before + 3);

  // Importing the same file again clashes with the database: still all or nothing.
  await page.getByRole('button', { name: 'Import CSV' }).click();
  await dialog.getByLabel('CSV rows').fill(good);
  await dialog.getByRole('button', { name: 'Import' }).click();
  await expect(dialog.getByTestId('action-error')).toContainText(`Row 2: Already in the tenant list as "Imported ${stamp} 1"`);
  expect(tenantCount()).toBe(before + 3);
});

test('lower roles calling the tenant actions directly are refused, and nothing changes', async ({ page }) => {
  await page.goto('/settings/tenants');
  const guid = randomUUID();
  const label = `0 E2E Replayed ${stamp}`;
  const dialog = await openAddDialog(page);
  await dialog.getByLabel('Tenant id').fill(guid);
  await dialog.getByLabel('Display name').fill(label);
  await dialog.getByLabel('Default domain').fill(`replay${stamp}.onmicrosoft.com`);
  const captured = await captureAction(page, () => dialog.getByRole('button', { name: 'Add tenant' }).click());
  await expect(page.getByTestId('tenants-notice')).toHaveText(`Added ${label}.`);
  // Remove it again, so a replay that got through would visibly add it back.
  await page.getByRole('button', { name: `Remove ${label}` }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Remove tenant' }).click();
  await expect(page.getByTestId('tenants-notice')).toHaveText(`Removed ${label}.`);
  const count = tenantCount();

  expectRefused(await replayAction(captured, 'readonly'));
  expectRefused(await replayAction(captured, 'editor'));
  expectRefused(await replayAction(captured, 'custom'));
  expectRefused(await replayAction(captured, 'anonymous'), 'UNAUTHENTICATED');
  expectRefused(await callActionWith(captured, 'readonly', [{ tenantId: randomUUID(), displayName: 'Sneaky', defaultDomain: `sneaky${stamp}.com` }]));
  expect(tenantCount()).toBe(count);
  expect(tenantRow(guid)).toBeUndefined();
  const refusals = readDb((db) => db.prepare("select role, message from audit_log where action = 'tenants.add' and result = 'refused' order by id").all()) as {
    role: string | null;
    message: string;
  }[];
  expect(refusals.map((r) => r.role)).toEqual(expect.arrayContaining(['readonly', 'editor', 'Billing Viewer', null]));
});

test('the log shows each of those actions, filterable and exportable', async ({ page }) => {
  await page.goto('/settings/logs');
  const grid = page.getByRole('grid', { name: 'Audit log' });
  await expect(grid).toBeVisible();

  const filterBy = async (label: string, option: string) => {
    await page.getByRole('main').getByRole('combobox', { name: label }).click();
    await page.getByRole('option', { name: option, exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`${label.toLowerCase()}=${option.replace('.', '\\.')}`));
    await expect(page.getByRole('main').getByRole('combobox', { name: label })).toHaveText(option);
  };

  await filterBy('Action', 'tenants.add');
  await expect(page).toHaveURL(/action=tenants\.add/);
  const added = grid.getByRole('row', { name: new RegExp(`success.*${name}`) });
  await expect(added).toContainText('admin@demo.local (Admin)');
  await expect(added).toContainText(domain);
  await expect(grid.getByRole('row', { name: /refused.*readonly@demo\.local \(Read only\).*Your role does not allow this/ }).first()).toBeVisible();
  await expect(grid.getByRole('row', { name: /refused.*anonymous.*Not signed in/ }).first()).toBeVisible();

  await filterBy('Action', 'tenants.edit');
  const edited = grid.getByRole('row', { name: new RegExp(renamed) });
  await expect(edited).toContainText(`Name ${name} → ${renamed}`);
  await expect(edited).toContainText(renamed);

  await filterBy('Action', 'tenants.remove');
  await expect(grid.getByRole('row', { name: new RegExp(`success.*${renamed}`) })).toBeVisible();

  await filterBy('Action', 'tenants.import');
  await filterBy('Result', 'failure');
  await expect(page).toHaveURL(/result=failure/);
  await expect(grid.getByRole('row', { name: /Row 3: tenant id: The tenant id must be a GUID/ })).toBeVisible();
  await expect(grid.getByRole('row', { name: /success/ })).toHaveCount(0);

  // The export holds every matching row (the server's copy, not only the page shown).
  const csv = await page.request.get('/settings/logs/export?action=tenants.add');
  expect(csv.status()).toBe(200);
  expect(csv.headers()['content-type']).toContain('text/csv');
  const text = await csv.text();
  expect(text).toContain(name);
  expect(text).not.toContain('tenants.remove');
});

test('the log pages on the server, newest first', async ({ page }) => {
  // Enough entries for a second page, older than everything the tests did.
  const db = new Database(databaseFile());
  try {
    const insert = db.prepare("insert into audit_log (created_at, action, target, result) values (?, 'e2e.filler', ?, 'success')");
    db.transaction(() => {
      for (let i = 0; i < 30; i++) insert.run(1_000_000_000_000 + i, `filler ${i}`);
    })();
  } finally {
    db.close();
  }
  const total = readDb((db) => (db.prepare('select count(*) as n from audit_log').get() as { n: number }).n);
  await page.goto('/settings/logs?pageSize=25&signins=1'); // every entry, sign-ins too
  await expect(page.getByTestId('log-total')).toHaveText(`${total} entries`);
  const grid = page.getByRole('grid', { name: 'Audit log' });
  const newest = readDb((db) => db.prepare('select action from audit_log order by created_at desc, id desc limit 1').get()) as { action: string };
  await expect(grid.getByRole('row').nth(1)).toContainText(newest.action);
  await page.getByRole('button', { name: 'Go to next page' }).click();
  await expect(page).toHaveURL(/page=1/);
  await expect(page.getByText(`26–${Math.min(50, total)} of ${total}`)).toBeVisible();
  const twentySixth = readDb((db) => db.prepare("select action, coalesce(target, user_email, '') as who from audit_log order by created_at desc, id desc limit 1 offset 25").get()) as {
    action: string;
    who: string;
  };
  await expect(grid.getByRole('row').nth(1)).toContainText(twentySixth.action);
  await expect(grid.getByRole('row').nth(1)).toContainText(twentySixth.who);
});
