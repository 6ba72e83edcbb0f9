// The reclaim planner against both sandboxes: after Sync now, it lists the unused seats the Microsoft
// sandbox seeds (assigned against Ingram's seats), places a decrease inside an NCE window and schedules
// one at renewal, each exactly once even after a double click (the Ingram sandbox's orders and counters),
// and a "keep spare seats" mark takes a row out.
import type { Page } from '@playwright/test';
import { authFile } from './support/auth';
import { readDb, sandbox } from './support/env';
import { expect, test } from './support/fixtures';
import { mapTenants, subscriptionsOf, type SandboxSubscription } from './support/matrix-env';
import { customerIdByName } from './support/world';

test.describe.configure({ mode: 'serial', timeout: 180_000 });
test.use({ storageState: authFile('admin') });

// Woodgrove's Entra ID P2: 30 seats bought 5 days ago (inside the 168-hour window), 24 assigned in the
// Microsoft sandbox. Relecloud's Power BI Pro: 2 seats, monthly term, bought 9 days ago, 1 assigned.
const WOODGROVE = { tenantId: 'd68629cd-920f-4a5d-afb7-82423f615479', name: 'Woodgrove Bank', customer: 'Woodgrove Financial Group', product: 'Microsoft Entra ID P2' };
const RELECLOUD = { tenantId: 'b2f3e38a-024c-4f73-a13a-fec2454b4cb6', name: 'Relecloud', customer: 'Relecloud Corporation', product: 'Power BI Pro' };
const PAGE = '/tenant/reclaim?tenantFilter=all';

type SandboxOrder = { id: string; type: string; status: string; subscriptionId?: string; scheduledOn?: string };

let undo: () => void;
const subs: Record<string, SandboxSubscription & { customerId: string }> = {};

const grid = (page: Page) => page.getByRole('grid', { name: 'Reclaimable seats' });
const row = (page: Page, tenant: string, product: string) => grid(page).getByRole('row').filter({ hasText: tenant }).filter({ hasText: product });
const cell = (page: Page, tenant: string, product: string, field: string) => row(page, tenant, product).locator(`[data-field="${field}"]`);
// Other specs map more tenants: All Tenants then pages dozens of rows, so the spec searches the grid for its tenant first.
async function find(page: Page, tenant: string) {
  await expect(async () => {
    const box = page.getByRole('searchbox', { name: 'Search…' });
    if (!(await box.isVisible())) await page.getByRole('button', { name: 'Search', exact: true }).click();
    await box.fill(tenant);
    await expect(grid(page).getByRole('row').nth(1)).toContainText(tenant, { timeout: 3_000 });
  }).toPass({ timeout: 30_000 });
}
const ordersOf = async (customerId: string, subscriptionId: string) =>
  ((await sandbox(`/_sandbox/state/orders?customerId=${customerId}`)) as { orders: SandboxOrder[] }).orders.filter((o) => o.subscriptionId === subscriptionId && o.type === 'change');
const orderPosts = async () => ((await sandbox('/_sandbox/counters')) as { byRoute: Record<string, number> }).byRoute['POST /orders'] ?? 0;
const sandboxQuantity = async (id: string) => ((await sandbox(`/_sandbox/state/subscriptions/${id}`)) as { quantity: number }).quantity;
const unitPrice = (id: string) => Number(readDb((db) => (db.prepare('SELECT unit_price AS p FROM inventory_subscriptions WHERE id = ?').get(id) as { p: string }).p));
const usageRows = (tenantId: string) => readDb((db) => (db.prepare('SELECT count(*) AS n FROM inventory_usage WHERE tenant_id = ? AND assigned_seats IS NOT NULL').get(tenantId) as { n: number }).n);

test.beforeAll(async () => {
  const mapped = [];
  for (const t of [WOODGROVE, RELECLOUD]) {
    const customerId = await customerIdByName(t.customer);
    mapped.push({ tenantId: t.tenantId, customerId, name: t.customer });
    const sub = (await subscriptionsOf(customerId)).find((s) => s.name === t.product && s.status === 'active')!;
    subs[t.tenantId] = { ...sub, customerId };
  }
  undo = mapTenants(mapped);
});
test.afterAll(() => undo?.());

test('after Sync now the planner lists the seeded unused seats: now inside the window, the rest at renewal', async ({ page }) => {
  await page.goto('/settings/integrations/ingram?tab=sync');
  await page.getByRole('button', { name: 'Full sync now' }).click();
  await expect(page.getByRole('table', { name: 'Last sync runs' }).getByRole('row').nth(1)).toContainText(/full \(manual\)\s*(succeeded|partial)/, { timeout: 120_000 });
  await expect.poll(() => usageRows(WOODGROVE.tenantId), { timeout: 60_000 }).toBeGreaterThan(0);
  await expect.poll(() => usageRows(RELECLOUD.tenantId), { timeout: 60_000 }).toBeGreaterThan(0);

  await page.goto(PAGE);
  await expect(page.getByRole('heading', { name: 'Reclaim planner' })).toBeVisible();
  await find(page, WOODGROVE.name);
  const w = (field: string) => cell(page, WOODGROVE.name, WOODGROVE.product, field);
  await expect(w('quantity')).toHaveText('30');
  await expect(w('assigned')).toHaveText('24');
  await expect(w('unused')).toHaveText('6');
  await expect(w('nowSeats')).toHaveText('6');
  await expect(w('renewalSeats')).toHaveText('0');
  // The window closes 168 hours after the purchase: in UTC, with the viewer's local time beside it.
  await expect(w('nowDeadline')).toContainText(/\d{4}-\d\d-\d\d \d\d:\d\d UTC \(local .+\)/);
  // Both are billed monthly: the saving per month is the seats times the unit price Ingram lists.
  await expect(w('nowMonthly')).toHaveText(`$${(6 * unitPrice(subs[WOODGROVE.tenantId]!.id)).toFixed(2)}`);
  await find(page, RELECLOUD.name);
  const r = (field: string) => cell(page, RELECLOUD.name, RELECLOUD.product, field);
  await expect(r('unused')).toHaveText('1');
  await expect(r('nowSeats')).toHaveText('0');
  await expect(r('renewalSeats')).toHaveText('1');
  await expect(r('renewalMonthly')).toHaveText(`$${unitPrice(subs[RELECLOUD.tenantId]!.id).toFixed(2)}`);
  await expect(page.getByTestId('reclaim-totals')).toContainText('USD');
});

test('"Reduce now" places one decrease inside the window, even after a double click', async ({ page }) => {
  const sub = subs[WOODGROVE.tenantId]!;
  const posts = await orderPosts();
  await page.goto(PAGE);
  await find(page, WOODGROVE.name);
  await row(page, WOODGROVE.name, WOODGROVE.product).getByRole('button', { name: 'Reduce now' }).click();
  const dialog = page.getByRole('dialog', { name: `Reduce now: ${WOODGROVE.product}` });
  await expect(dialog.getByTestId('estimate')).toContainText('Refund of');
  await dialog.getByRole('button', { name: 'Remove 6 seats now' }).dblclick();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('reclaim-notice')).toContainText('Decrease of 6 seats');
  await expect.poll(async () => (await ordersOf(sub.customerId, sub.id)).length).toBe(1);
  expect((await ordersOf(sub.customerId, sub.id))[0]!.scheduledOn).toBeUndefined();
  expect((await orderPosts()) - posts).toBe(1);
  // The order completes in the sandbox: 30 seats become 24.
  await sandbox('/_sandbox/clock', { body: { advanceSeconds: 30 } });
  await expect.poll(() => sandboxQuantity(sub.id), { timeout: 30_000 }).toBe(24);
  // The row no longer offers the decrease: the order is pending, or the seats are gone.
  await page.reload();
  await find(page, WOODGROVE.name);
  await expect(row(page, WOODGROVE.name, WOODGROVE.product).getByRole('button', { name: 'Reduce now' })).toHaveCount(0);
  expect((await orderPosts()) - posts).toBe(1);
});

test('a "keep spare seats" mark takes the row out, and removing it brings it back', async ({ page }) => {
  await page.goto(PAGE);
  await find(page, RELECLOUD.name);
  await row(page, RELECLOUD.name, RELECLOUD.product).getByRole('button', { name: 'Keep spare' }).click();
  const dialog = page.getByRole('dialog', { name: `Keep spare seats: ${RELECLOUD.product}` });
  await dialog.getByLabel('Spare seats to keep').fill('0');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog.getByText('At least 1 seat: to keep none, remove the mark')).toBeVisible();
  await dialog.getByLabel('Spare seats to keep').fill('1');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
  await expect(row(page, RELECLOUD.name, RELECLOUD.product)).toHaveCount(0);
  await expect(page.getByText('1 subscription with unused seats left out')).toBeVisible();
  const audit = readDb((db) => db.prepare("SELECT after FROM audit_log WHERE action = 'reclaim.setSpareSeats' AND result = 'success' ORDER BY id DESC LIMIT 1").get()) as { after: string };
  expect(JSON.parse(audit.after)).toMatchObject({ spareSeats: 1, on: 'subscription' });

  await page.goto(`/tenant/reclaim?tenantFilter=relecloud.onmicrosoft.com`);
  await page.getByRole('button', { name: 'Keep spare seats…' }).click();
  const tenantDialog = page.getByRole('dialog', { name: `Keep spare seats: ${RELECLOUD.name}` });
  await tenantDialog.getByRole('button', { name: `Remove the mark on ${RELECLOUD.product}` }).click();
  await expect(tenantDialog).toBeHidden();
  // One tenant's plan has no Tenant column.
  await expect(grid(page).getByRole('row').filter({ hasText: RELECLOUD.product })).toBeVisible();
});

test('"Schedule at renewal" schedules one decrease for the renewal date, even after a double click', async ({ page }) => {
  const sub = subs[RELECLOUD.tenantId]!;
  const posts = await orderPosts();
  await page.goto(PAGE);
  await find(page, RELECLOUD.name);
  await row(page, RELECLOUD.name, RELECLOUD.product).getByRole('button', { name: 'Schedule at renewal' }).click();
  const dialog = page.getByRole('dialog', { name: `Schedule at renewal: ${RELECLOUD.product}` });
  await expect(dialog).toContainText('Nothing is refunded now');
  await dialog.getByRole('button', { name: 'Schedule removing 1 seat' }).dblclick();
  await expect(dialog).toBeHidden();
  await expect.poll(async () => (await ordersOf(sub.customerId, sub.id)).length).toBe(1);
  expect((await ordersOf(sub.customerId, sub.id))[0]!.scheduledOn).toBe('renewal');
  expect((await orderPosts()) - posts).toBe(1);
  // The row now waits for that order instead of offering a second one.
  await page.reload();
  await find(page, RELECLOUD.name);
  await expect(row(page, RELECLOUD.name, RELECLOUD.product).getByText('Order pending')).toBeVisible();
  await expect(row(page, RELECLOUD.name, RELECLOUD.product).getByRole('button', { name: 'Schedule at renewal' })).toHaveCount(0);
});

test.describe('a read-only user', () => {
  test.use({ storageState: authFile('readonly') });
  test('sees the plan without any button that changes something', async ({ page }) => {
    await page.goto(PAGE);
    await expect(grid(page)).toBeVisible();
    await find(page, RELECLOUD.name);
    await expect(row(page, RELECLOUD.name, RELECLOUD.product)).toBeVisible();
    await expect(page.getByRole('button', { name: /Reduce now|Schedule at renewal|Keep spare/ })).toHaveCount(0);
  });
});
