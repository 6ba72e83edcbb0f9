// Issue 5: the Ingram Micro settings page, its connection test, and that secrets stay write-only.
import fs from 'node:fs';
import { type Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { captureAction, expectRefused, replayAction } from './support/actions';
import { authFile } from './support/auth';
import { bodyText } from './support/bodies';
import { databaseFile, readDb } from './support/env';

const PASSWORD = 'Sbx-Pass-7f3a9c2e41d8';
const KEY = '5d1c0e8a9b2f4c6d8e0a1b3c5d7e9f10';

async function openSettings(page: Page) {
  await page.goto('/settings/integrations/ingram');
  await expect(page.getByRole('tab', { name: 'Settings', selected: true })).toBeVisible();
}

async function chooseBaseUrl(page: Page, label: string) {
  await page.getByRole('combobox', { name: 'API base URL' }).click();
  await page.getByRole('option', { name: label }).click();
}

async function save(page: Page) {
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByTestId('settings-saved')).toBeVisible();
  // Saved means the save has finished: the button is usable again.
  await expect(page.getByRole('button', { name: 'Save settings' })).toBeEnabled();
}

async function testConnection(page: Page) {
  await page.getByRole('button', { name: 'Test connection' }).click();
  const result = page.getByTestId('connection-result');
  await expect(result).toBeVisible();
  return result;
}

function lastSaveAudit(): { after: string; message: string } {
  return readDb(
    (db) => db.prepare("select after, message from audit_log where action = 'integrations.ingram.save' and result = 'success' order by id desc limit 1").get() as { after: string; message: string },
  );
}

test.describe.configure({ mode: 'serial', timeout: 150_000 });

test.describe('admin', () => {
  test.use({ storageState: authFile('admin') });

  test('saves the sandbox settings, sees the reseller, and no secret reaches the browser or the database in plain text', async ({ page }) => {
    const bodies: Array<Promise<string>> = [];
    page.on('response', (res) => {
      if (['document', 'fetch', 'xhr', 'script'].includes(res.request().resourceType())) bodies.push(bodyText(res));
    });
    await page.goto('/settings/integrations');
    await page.getByRole('link', { name: /Ingram Micro/ }).click();
    await expect(page.getByRole('heading', { name: 'Ingram Micro' })).toBeVisible();
    // The demo seed stored secrets: the page says so without showing them.
    await expect(page.getByText('A value is stored. Leave empty to keep it').first()).toBeVisible();
    await expect(page.getByLabel('API password')).toHaveValue('');

    await chooseBaseUrl(page, 'Local sandbox');
    await page.getByLabel('API username').fill('msp-demo.api');
    await page.getByLabel('API password').fill(PASSWORD);
    await page.getByLabel('Subscription key').fill(KEY);
    await page.getByLabel('Marketplace code').fill('us');
    await save(page);
    await expect(page.getByTestId('settings-saved')).toContainText('password');
    await expect(page.getByLabel('API password')).toHaveValue('');
    expect(lastSaveAudit().message).toMatch(/password, subscriptionKey/);

    const result = await testConnection(page);
    await expect(result).toContainText('Reseller MSP Demo Reseller LLC');
    await expect(result.getByText(/Reach the host: OK/)).toBeVisible();
    await expect(result.getByText(/Get an access token: OK/)).toBeVisible();

    await page.reload();
    await expect(page.getByRole('heading', { name: 'Ingram Micro' })).toBeVisible();
    const html = await page.content();
    const texts = [html, ...(await Promise.all(bodies))];
    expect(texts.length).toBeGreaterThan(3);
    for (const t of texts) {
      expect(t).not.toContain(PASSWORD);
      expect(t).not.toContain(KEY);
    }
    for (const file of [databaseFile(), `${databaseFile()}-wal`]) {
      if (!fs.existsSync(file)) continue;
      const raw = fs.readFileSync(file).toString('latin1');
      expect(raw, file).not.toContain(PASSWORD);
      expect(raw, file).not.toContain(KEY);
    }
  });

  test('a wrong password, a wrong subscription key and an unreachable URL each say what is wrong', async ({ page }) => {
    await openSettings(page);
    await page.getByLabel('API password').fill('Wrong-Password-0000');
    await save(page);
    let result = await testConnection(page);
    await expect(result).toContainText(/wrong API username or password/i);
    await expect(result).not.toContainText(/marketplace code/i);
    await expect(result).toContainText('HTTP 401');
    await expect(result).toContainText('Correlation ID:');

    await page.getByLabel('API password').fill(PASSWORD);
    await page.getByLabel('Subscription key').fill('00000000000000000000000000000000');
    await save(page);
    result = await testConnection(page);
    await expect(result).toContainText(/bad subscription key/i);
    await expect(result).not.toContainText(/username or password/i);

    // A new host needs both secrets typed again (issue 14): the stored ones never follow it.
    await page.getByLabel('API password').fill(PASSWORD);
    await page.getByLabel('Subscription key').fill(KEY);
    await chooseBaseUrl(page, 'Custom URL');
    await page.getByLabel('Custom API base URL').fill('http://example.com/marketplace/na');
    await page.getByRole('button', { name: 'Save settings' }).click();
    await expect(page.getByText(/Use https:\/\//)).toBeVisible();
    // Port 9 (discard) has nothing listening on loopback: the host cannot be reached.
    await page.getByLabel('Custom API base URL').fill('http://127.0.0.1:9/marketplace/na');
    await save(page);
    result = await testConnection(page);
    await expect(result).toContainText(/Reach the host: failed — unreachable/i);

    await chooseBaseUrl(page, 'Local sandbox');
    await page.getByLabel('API password').fill(PASSWORD);
    await page.getByLabel('Subscription key').fill(KEY);
    await save(page);
    result = await testConnection(page);
    await expect(result).toContainText('Reseller MSP Demo Reseller LLC');
  });

  test('changing only the marketplace code keeps the stored secrets', async ({ page }) => {
    await openSettings(page);
    await page.getByLabel('Marketplace code').fill('ca');
    await save(page);
    expect(JSON.parse(lastSaveAudit().after).changed).toEqual(['marketplace']);
    let result = await testConnection(page);
    await expect(result).toContainText(/wrong marketplace/i);
    await expect(result).toContainText(/Check the marketplace code/);
    await expect(result).not.toContainText(/password/i);

    await page.getByLabel('Marketplace code').fill('us');
    await save(page);
    result = await testConnection(page);
    await expect(result).toContainText('Reseller MSP Demo Reseller LLC');
  });

  test('the test also runs while the integration is off, and the base URL is checked', async ({ page }) => {
    await openSettings(page);
    await page.getByLabel('Enable integration').uncheck();
    await expect(page.getByLabel('API username')).toBeDisabled();
    await save(page);
    const result = await testConnection(page);
    await expect(result).toContainText('Reseller MSP Demo Reseller LLC');
    await page.getByLabel('Enable integration').check();
    await save(page);
    expect(readDb((db) => db.prepare('select enabled from ingram_settings where id = 1').get())).toEqual({ enabled: 1 });
  });
});

test('an editor cannot open the settings, and a direct call of the save action is refused', async ({ browser }) => {
  const admin = await browser.newContext({ storageState: authFile('admin') });
  const adminPage = await admin.newPage();
  await openSettings(adminPage);
  await adminPage.getByLabel('Marketplace code').fill('us');
  const captured = await captureAction(adminPage, () => adminPage.getByRole('button', { name: 'Save settings' }).click());
  await expect(adminPage.getByTestId('settings-saved')).toBeVisible();
  await admin.close();

  const editor = await browser.newContext({ storageState: authFile('editor') });
  const page = await editor.newPage();
  await page.goto('/settings/integrations/ingram');
  await expect(page.getByText('Admins only')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Save settings' })).toHaveCount(0);
  await expect(page.getByLabel('API username')).toHaveCount(0);
  await editor.close();

  const before = readDb((db) => db.prepare("select count(*) as n from audit_log where action = 'integrations.ingram.save' and result = 'refused'").get() as { n: number });
  expectRefused(await replayAction(captured, 'editor'));
  expectRefused(await replayAction(captured, 'readonly'));
  expectRefused(await replayAction(captured, 'anonymous'), 'UNAUTHENTICATED');
  const after = readDb((db) => db.prepare("select count(*) as n from audit_log where action = 'integrations.ingram.save' and result = 'refused'").get() as { n: number });
  expect(after.n).toBe(before.n + 3);
});
