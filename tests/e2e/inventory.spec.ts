// The license inventory in the browser: the Sync tab runs a sync with progress and lists it;
// CSP Licenses shows the inventory's rows with their as-of time while Ingram is slow, then the
// live revalidation brings a quantity changed behind the app's back; a seat change updates the inventory.
import type { Page } from '@playwright/test';
import { authFile } from './support/auth';
import { readDb, sandbox } from './support/env';
import { expect, test } from './support/fixtures';
import { mapTenants, subscriptionsOf, writeDb, type SandboxSubscription } from './support/matrix-env';
import { customerIdByName } from './support/world';

const WINGTIP = { tenantId: 'a1b9b965-b512-4c03-a3b5-faae36515ea4', name: 'Wingtip Toys', domain: 'wingtiptoys.onmicrosoft.com' };
const PAGE = `/tenant/licenses?tenantFilter=${WINGTIP.domain}`;

test.describe.configure({ mode: 'serial', timeout: 120_000 });
test.use({ storageState: authFile('admin') });

let undo: () => void;
let target: SandboxSubscription;

const latency = (ms: number) => sandbox('/_sandbox/latency', { body: { ms } });
const quantityCell = (page: Page, product: string) => page.getByRole('row').filter({ hasText: product }).locator('[data-field="quantity"]');
const storedQuantity = (id: string) => readDb((db) => (db.prepare('SELECT quantity FROM inventory_subscriptions WHERE id = ?').get(id) as { quantity: number } | undefined)?.quantity);
const sandboxQuantity = async (id: string) => ((await sandbox(`/_sandbox/state/subscriptions/${id}`)) as { quantity: number }).quantity;

test.beforeAll(async () => {
  const customerId = await customerIdByName(WINGTIP.name);
  undo = mapTenants([{ tenantId: WINGTIP.tenantId, customerId, name: WINGTIP.name }]);
  const subs = await subscriptionsOf(customerId);
  target = subs.find((s) => s.status === 'active' && subs.filter((o) => o.name === s.name).length === 1)!;
});
test.afterAll(async () => {
  await latency(0);
  undo?.();
});

test('Sync tab: Sync now shows progress while it runs, then the finished run', async ({ page }) => {
  await page.goto('/settings/integrations/ingram?tab=sync');
  await expect(page.getByRole('tab', { name: 'Sync' })).toHaveAttribute('aria-selected', 'true');
  // Slow answers, so the run lasts long enough to be watched.
  await latency(1500);
  await page.getByRole('button', { name: 'Full sync now' }).click();
  const progress = page.getByTestId('sync-progress');
  await expect(progress.getByRole('progressbar', { name: 'Sync progress' })).toBeVisible();
  await expect(progress).toContainText(/Full sync: \d+ of \d+ tenants, \d+ calls/);
  await expect(progress).toBeHidden({ timeout: 90_000 });
  await latency(0);
  const runs = page.getByRole('table', { name: 'Last sync runs' });
  await expect(runs.getByRole('row').nth(1)).toContainText(/full \(manual\)\s*succeeded/);
  expect(storedQuantity(target.id)).toBe(await sandboxQuantity(target.id));
});

test('CSP Licenses: the inventory rows with their as-of time at once, then the live quantity', async ({ page }) => {
  const before = await sandboxQuantity(target.id);
  // The inventory was read five minutes ago, and the quantity has since changed outside the app.
  writeDb((db) => db.prepare('UPDATE sync_tenant_state SET last_success_at = ? WHERE tenant_id = ?').run(Date.now() - 5 * 60_000, WINGTIP.tenantId));
  await sandbox(`/_sandbox/state/subscriptions/${target.id}`, { body: { quantity: before + 7 } });
  // Ingram is slow: the live list takes 4 s more (the e2e app gives up on a call after 6 s), so the inventory's rows are what a person sees first.
  await latency(300);
  await sandbox('/_sandbox/faults', { body: { method: 'GET', path: '/subscriptions', kind: 'delay', delayMs: 4_000, count: 1 } });
  // The live rows stream in the same document (the server starts the read): its load event waits for them, a person does not.
  await page.goto(PAGE, { waitUntil: 'commit' });
  await expect(quantityCell(page, target.name)).toHaveText(String(before));
  await expect(page.getByTestId('licenses-as-of')).toContainText(/As of .+ \(5 min ago\)/);
  await expect(page.getByRole('status').filter({ hasText: 'Reading from Ingram Micro' })).toBeVisible();
  // The background revalidation replaces the row, and the inventory with it.
  await expect(quantityCell(page, target.name)).toHaveText(String(before + 7), { timeout: 40_000 });
  await expect(page.getByTestId('licenses-as-of')).toContainText('just now');
  expect(storedQuantity(target.id)).toBe(before + 7);
  await latency(0);
});

test('fresh inventory rows are in the first HTML once, outside any Suspense boundary', async ({ page }) => {
  writeDb((db) => db.prepare('UPDATE sync_tenant_state SET last_success_at = ? WHERE tenant_id = ?').run(Date.now(), WINGTIP.tenantId));
  const html = await (await page.request.get(PAGE)).text();
  // React's SSR outlines a Suspense boundary over 12.8 KB: the table would come first as its fallback, then again, revealed up to 300 ms later.
  expect(html.split('aria-label="Subscriptions"').length - 1).toBe(1);
  expect(html).toMatch(/data-displayed-rows="">1–\d+ of [1-9]\d*</);
  const outlined = html.indexOf('<div hidden id="S:');
  expect(outlined === -1 || html.indexOf('aria-label="Subscriptions"') < outlined).toBe(true);
});

test('a seat change updates the inventory when its order ends', async ({ page }) => {
  const before = await sandboxQuantity(target.id);
  await page.goto(PAGE);
  await page.getByRole('button', { name: `Actions for ${target.name}` }).click();
  await page.getByRole('menuitem', { name: 'Add seats' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Number of seats').fill('2');
  await dialog.getByRole('button', { name: 'Add seats' }).click();
  await expect(dialog).toBeHidden();
  await sandbox('/_sandbox/clock', { body: { advanceSeconds: 30 } });
  await expect(quantityCell(page, target.name)).toHaveText(String(before + 2), { timeout: 30_000 });
  await expect.poll(() => storedQuantity(target.id), { timeout: 15_000 }).toBe(before + 2);
});
