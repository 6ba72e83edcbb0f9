// Issue 14.1 in the browser: changing the host or the username says, before saving, that both
// secrets must be typed again; saving without them is refused and a listener the test starts
// receives nothing, not even from "Test connection".
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { type Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { authFile } from './support/auth';
import { readDb } from './support/env';

test.use({ storageState: authFile('admin') });

const seen: string[] = [];
let listener: http.Server;
let listenerUrl = '';

test.beforeAll(async () => {
  listener = http.createServer((req, res) => {
    seen.push(`${req.method} ${req.url} ${JSON.stringify(req.headers)}`);
    res.writeHead(401).end();
  });
  await new Promise<void>((resolve) => listener.listen(0, '127.0.0.1', resolve));
  listenerUrl = `http://127.0.0.1:${(listener.address() as AddressInfo).port}/marketplace/na`;
});
test.afterAll(() => new Promise((resolve) => listener.close(resolve)));

const settingsRow = () => readDb((db) => db.prepare('select base_url, username, password_enc, subscription_key_enc from ingram_settings where id = 1').get());

async function chooseBaseUrl(page: Page, label: string) {
  await page.getByRole('combobox', { name: 'API base URL' }).click();
  await page.getByRole('option', { name: label }).click();
}

test('a new host needs both secrets again: the form says so, the server refuses, the listener gets nothing', async ({ page }) => {
  const before = settingsRow();
  await page.goto('/settings/integrations/ingram');
  await expect(page.getByRole('tab', { name: 'Settings', selected: true })).toBeVisible();
  await expect(page.getByTestId('secrets-retype')).toHaveCount(0);

  await page.getByLabel('API username').fill('someone-else.api');
  await expect(page.getByTestId('secrets-retype')).toContainText('Type both again');
  await page.getByLabel('API username').fill(String((before as { username: string }).username));
  await expect(page.getByTestId('secrets-retype')).toHaveCount(0);

  await chooseBaseUrl(page, 'Custom URL');
  await page.getByLabel('Custom API base URL').fill(listenerUrl);
  await expect(page.getByTestId('secrets-retype')).toBeVisible();
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByText('The host or username changed: type the API password again', { exact: true })).toBeVisible();
  await expect(page.getByText('The host or username changed: type the subscription key again', { exact: true })).toBeVisible();
  expect(settingsRow()).toEqual(before);

  await page.getByRole('button', { name: 'Test connection' }).click();
  await expect(page.getByTestId('connection-result')).toContainText('Reseller MSP Demo Reseller LLC');
  expect(seen).toEqual([]);
});
