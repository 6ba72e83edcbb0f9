// A decrease scheduled for renewal is withdrawn from its order page: Ingram cancels it
// (PATCH /orders/{id}, statusCode CL), the page says so, the sandbox no longer has it pending,
// and the audit log has the before and after. Readonly users see no Withdraw button. Once the
// renewal has processed a scheduled change, it shows completed and Withdraw is gone.
import Database from 'better-sqlite3';
import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { authFile } from './support/auth';
import { databaseFile, readDb, sandbox } from './support/env';
import { ingramGet } from './support/matrix-env';

const WOODGROVE = { tenantId: 'd68629cd-920f-4a5d-afb7-82423f615479', domain: 'woodgrovebank.onmicrosoft.com', customerId: '1000007' };
const PRODUCT = 'Microsoft 365 E3'; // 120 seats, bought 60 days ago: outside the 7-day window
type SandboxOrder = { id: string; type: string; status: string; subscriptionId?: string; scheduledOn?: string; poNumber?: string };

test.describe.configure({ mode: 'serial', timeout: 120_000 });

test.beforeAll(() => {
  const db = new Database(databaseFile(), { fileMustExist: true });
  db.prepare("INSERT OR IGNORE INTO tenant_mappings (tenant_id, customer_id, customer_name, method, created_by) VALUES (?, ?, 'Woodgrove Financial Group', 'manual', 'e2e')").run(
    WOODGROVE.tenantId,
    WOODGROVE.customerId,
  );
  db.close();
});

const sandboxOrders = async () => ((await sandbox(`/_sandbox/state/orders?customerId=${WOODGROVE.customerId}`)) as { orders: SandboxOrder[] }).orders;
const scheduledInSandbox = async () => (await sandboxOrders()).filter((o) => o.scheduledOn === 'renewal' && (o.status === 'submitted' || o.status === 'processing'));

/** Schedules a decrease of 2 seats at renewal through the licenses page and answers its Ingram order id. */
async function scheduleDecrease(page: Page): Promise<string> {
  await page.goto(`/tenant/licenses?tenantFilter=${WOODGROVE.domain}`);
  await page.getByRole('button', { name: `Actions for ${PRODUCT}` }).click();
  await page.getByRole('menuitem', { name: 'Remove seats' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Schedule decrease at renewal' }).click();
  const dialog = page.getByRole('dialog', { name: /Schedule a decrease at renewal/ });
  await dialog.getByLabel('Number of seats').fill('2');
  await dialog.getByRole('button', { name: 'Schedule a decrease at renewal' }).click();
  await expect(dialog).toBeHidden();
  await expect.poll(async () => (await scheduledInSandbox()).length).toBe(1);
  const row = readDb((db) => db.prepare("SELECT ingram_order_id AS id FROM orders WHERE tenant_id = ? AND scheduled_on = 'renewal' ORDER BY id DESC LIMIT 1").get(WOODGROVE.tenantId)) as {
    id: string;
  };
  return row.id;
}

let orderId = '';

test.describe('a scheduled decrease', () => {
  test.use({ storageState: authFile('editor') });
  test('is placed from the licenses page and waits in the sandbox', async ({ page }) => {
    expect(await scheduledInSandbox()).toEqual([]);
    orderId = await scheduleDecrease(page);
  });
});

test.describe('a readonly user', () => {
  test.use({ storageState: authFile('readonly') });
  test('sees the scheduled order without a Withdraw button', async ({ page }) => {
    await page.goto(`/tenant/orders/${orderId}?tenantFilter=${WOODGROVE.domain}`);
    await expect(page.getByRole('heading', { name: /^Order SO-/ })).toBeVisible();
    await expect(page.getByRole('link', { name: 'All orders' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Withdraw' })).toHaveCount(0);
  });
});

test.describe('withdrawing it', () => {
  test.use({ storageState: authFile('editor') });

  test('from its order page cancels it at Ingram: the sandbox no longer has it pending', async ({ page }) => {
    await page.goto(`/tenant/orders/${orderId}?tenantFilter=${WOODGROVE.domain}`);
    await page.getByRole('button', { name: 'Withdraw' }).click();
    const confirm = page.getByRole('dialog', { name: 'Withdraw the scheduled change?' });
    await expect(confirm).toContainText('118 seats');
    await confirm.getByRole('button', { name: 'Withdraw the change' }).click();
    await expect(confirm).toBeHidden();
    await expect(page.getByText('Cancelled', { exact: true }).first()).toBeVisible();
    await expect(page.getByRole('button', { name: 'Withdraw' })).toHaveCount(0);

    expect(await scheduledInSandbox()).toEqual([]);
    expect((await sandboxOrders()).find((o) => o.id === orderId)?.status).toBe('cancelled');
    const audit = readDb((db) => db.prepare("SELECT result, before, after FROM audit_log WHERE action = 'orders.withdraw' ORDER BY id DESC LIMIT 1").get()) as {
      result: string;
      before: string;
      after: string;
    };
    expect(audit.result).toBe('success');
    expect(JSON.parse(audit.before)).toMatchObject({ orderId, quantity: 118, scheduledOn: 'renewal' });
    expect(JSON.parse(audit.after)).toMatchObject({ orderId, status: 'cancelled' });
    const local = readDb((db) => db.prepare('SELECT ingram_status AS status FROM orders WHERE ingram_order_id = ?').get(orderId)) as { status: string };
    expect(local.status).toBe('cancelled');
  });
});

test.describe('after processing', () => {
  test.use({ storageState: authFile('editor') });

  test('a scheduled change the renewal has processed is shown completed and can no longer be withdrawn', async ({ page }) => {
    const processedId = await scheduleDecrease(page);
    await page.goto(`/tenant/orders/${processedId}?tenantFilter=${WOODGROVE.domain}`);
    await expect(page.getByRole('button', { name: 'Withdraw' })).toBeVisible();
    // Ingram processes it on the renewal date: the sandbox clock moves just past it, then back.
    const subscriptionId = (await sandboxOrders()).find((o) => o.id === processedId)!.subscriptionId!;
    const { renewalDate } = await ingramGet<{ renewalDate: string }>(`/subscriptions/${subscriptionId}`);
    const before = ((await sandbox('/_sandbox/clock')) as { now: string }).now;
    try {
      await sandbox('/_sandbox/clock', { body: { set: `${renewalDate.slice(0, 10)}T01:00:00Z` } });
      expect((await sandboxOrders()).find((o) => o.id === processedId)?.status).toBe('completed');
      await page.reload();
      await expect(page.getByText('Completed', { exact: true }).first()).toBeVisible({ timeout: 30_000 });
      await expect(page.getByRole('button', { name: 'Withdraw' })).toHaveCount(0);
    } finally {
      await sandbox('/_sandbox/clock', { body: { set: before } });
    }
  });
});
