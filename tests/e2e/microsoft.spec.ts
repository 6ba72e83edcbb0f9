// Issue 18: the Microsoft connection (its step-by-step test explains a wrong secret and a tenant without
// consent) and the Tenants page's sync from Partner Center, against the Microsoft sandbox.
import { type Page } from '@playwright/test';
import { expect as baseExpect, test } from './support/fixtures';
import { authFile } from './support/auth';
import { readDb } from './support/env';

const expect = baseExpect.configure({ timeout: 40_000 });
test.describe.configure({ mode: 'serial', timeout: 180_000 });
test.use({ storageState: authFile('admin') });

const SECRET = 'Sbx~ms.7Qe3r9T2uW5yZ8aC1dF4gH6jK0mN';
const FABRIKAM = 'e12e79d5-93ae-448c-a630-579fc3de41c3';
const msOrigin = () => `http://127.0.0.1:${process.env.E2E_MS_SANDBOX_PORT}`;

async function msSandbox(pathname: string, body?: unknown) {
  const res = await fetch(`${msOrigin()}/_sandbox${pathname}`, {
    method: body === undefined ? 'GET' : 'POST',
    headers: { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`ms sandbox ${pathname}: ${res.status} ${await res.text()}`);
  return res.json();
}

async function runTest(page: Page, tenant: string) {
  await page.getByRole('combobox', { name: 'Customer tenant to try' }).click();
  await page.getByRole('option', { name: tenant }).click();
  await page.getByRole('button', { name: 'Test connection' }).click();
  const result = page.getByTestId('connection-result');
  await expect(result).toBeVisible();
  return result;
}

async function saveSecret(page: Page, secret: string) {
  await page.getByLabel('Client secret').fill(secret);
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByTestId('settings-saved')).toContainText('clientSecret');
}

test.afterAll(async () => {
  await msSandbox('/reset', {});
});

test('the connection test passes with the demo app, and explains a tenant without consent and a wrong secret', async ({ page }) => {
  await page.goto('/settings/integrations');
  await page.getByRole('link', { name: /Microsoft/ }).click();
  await expect(page.getByRole('heading', { name: 'Microsoft' })).toBeVisible();
  await expect(page.getByText('A value is stored. Leave empty to keep it')).toBeVisible();
  await expect(page.getByLabel('Client secret')).toHaveValue('');

  let result = await runTest(page, 'Contoso Ltd');
  await expect(result.getByText('Connected')).toBeVisible();
  await expect(result.getByText(/Licenses in that tenant \(subscribed SKUs\): OK — Contoso Ltd has \d+ products/)).toBeVisible();

  // Tailspin Toys never consented to the app: the third step fails and says why.
  result = await runTest(page, 'Tailspin Toys');
  await expect(result.getByText('Token in a customer tenant failed')).toBeVisible();
  await expect(result.getByRole('alert')).toContainText('not consented: the app has no consent in this tenant');
  const steps = result.getByRole('list', { name: 'Connection test steps' });
  await expect(steps).toContainText('Token in the partner tenant: OK');
  await expect(steps).toContainText('Partner Center customers (contracts): OK');
  await expect(steps).toContainText('AADSTS700016');

  // A wrong secret stops at the first step, with the identity platform's code and correlation id.
  await saveSecret(page, 'not-the-right-secret');
  result = await runTest(page, 'Contoso Ltd');
  await expect(result.getByText('Token in the partner tenant failed')).toBeVisible();
  await expect(result.getByRole('alert')).toContainText('wrong secret: the client secret was refused');
  await expect(result.getByRole('list', { name: 'Connection test steps' })).toContainText(/HTTP 401 · AADSTS7000215 · Correlation ID: [0-9a-f-]{36}/);

  await saveSecret(page, SECRET);
  result = await runTest(page, 'Contoso Ltd');
  await expect(result.getByText('Connected')).toBeVisible();
  const stored = readDb((db) => JSON.stringify(db.prepare('select * from ms_settings').all()));
  expect(stored).not.toContain(SECRET);
});

test('a Partner Center sync adds a new customer and flags one no longer listed', async ({ page }) => {
  const name = `0 E2E Partner Center ${Date.now()}`;
  const { tenantId } = (await msSandbox('/tenants', { displayName: name })) as { tenantId: string };
  await msSandbox(`/tenants/${FABRIKAM}`, { contract: false });

  await page.goto('/settings/tenants');
  const grid = page.getByRole('grid', { name: 'Tenants' });
  await expect(grid.getByRole('row', { name: /Fabrikam Inc/ })).toBeVisible();
  await expect(grid.getByRole('row', { name: new RegExp(name) })).toHaveCount(0);
  await page.getByRole('button', { name: 'Sync from Partner Center' }).click();
  await expect(page.getByTestId('tenants-notice')).toContainText(/Partner Center sync: 21 customers listed, 1 added, 0 renamed/);
  await expect(grid.getByRole('row', { name: new RegExp(name) })).toContainText(tenantId);
  await expect(grid.getByRole('row', { name: /Fabrikam Inc/ })).toContainText('Not listed since');
  await expect(grid.getByRole('row', { name: /Contoso Ltd/ })).not.toContainText('Not listed since');

  // Flagged, not deleted; and the sync is in the audit log with what it changed.
  const fabrikam = readDb((db) => db.prepare('select display_name as n from tenants where tenant_id = ?').get(FABRIKAM)) as { n: string } | undefined;
  expect(fabrikam?.n).toBe('Fabrikam Inc');
  const audit = readDb((db) => db.prepare("select after, message from audit_log where action = 'tenants.syncPartnerCenter' and result = 'success' order by id desc limit 1").get()) as {
    after: string;
    message: string;
  };
  expect(audit.message).toContain('1 added');
  expect(JSON.parse(audit.after).added).toEqual([{ tenantId, displayName: name }]);
  expect(JSON.parse(audit.after).flagged).toContainEqual({ tenantId: FABRIKAM, displayName: 'Fabrikam Inc' });
});
