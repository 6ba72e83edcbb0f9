// Purchase approvals: an order above the policy's threshold waits, is sent to Ingram only when
// another person approves it (once, even on a double click), never by its requester, never after a
// rejection, and after a price change only once the approver has seen the new estimate.
import type { APIRequestContext, Browser } from '@playwright/test';
import { authFile, type Role } from './support/auth';
import { readDb, sandbox } from './support/env';
import { expect, test } from './support/fixtures';
import { writeDb } from './support/matrix-env';
import { actionTargets, requestFor } from './support/matrix-manifest';
import { mapTenant } from './support/world';

const NORTHWIND = { tenantId: '30b83152-208f-4c45-afdb-d26be0437d08', name: 'Northwind Traders' };
const MPN = 'CFQ7TTC0LCHC:0002';
let customerId = '';

test.describe.configure({ mode: 'serial' });
test.setTimeout(120_000);

const sandboxOrders = async (): Promise<Array<{ poNumber?: string }>> => (await sandbox(`/_sandbox/state/orders?customerId=${customerId}`)).orders;

async function as(browser: Browser, role: Role): Promise<{ request: APIRequestContext; close: () => Promise<void> }> {
  const context = await browser.newContext({ storageState: authFile(role), baseURL: test.info().project.use.baseURL });
  return { request: context.request, close: () => context.close() };
}

/** Calls a server action the way the browser does; returns the response text. */
async function call(request: APIRequestContext, name: string, args: unknown[]): Promise<string> {
  const target = actionTargets().get(name)!;
  const req = requestFor(target, test.info().project.use.baseURL!, args);
  const res = await request.post(req.url, { headers: { 'next-action': req.actionId, accept: 'text/x-component', 'content-type': 'text/plain;charset=UTF-8' }, data: req.body });
  expect(res.status()).toBeLessThan(500);
  return res.text();
}

/** An order of `seats` seats submitted as `role`: the approval request id it waits in. */
async function submit(browser: Browser, role: Role, seats: number): Promise<number> {
  const s = await as(browser, role);
  const text = await call(s.request, 'purchase.place', [
    { tenantId: NORTHWIND.tenantId, mpn: MPN, termCode: 'P1Y', billingCode: 'P1M', mode: 'new', quantity: seats, agreement: true, requestKey: crypto.randomUUID() },
  ]);
  await s.close();
  const id = /"approval":\{"id":(\d+)/.exec(text)?.[1];
  expect(id, `the order waits for approval: ${text.slice(0, 300)}`).toBeDefined();
  return Number(id);
}

const statusOf = (id: number) => readDb((db) => (db.prepare('SELECT status FROM purchase_approvals WHERE id = ?').get(id) as { status: string }).status);

test.beforeAll(async () => {
  customerId = await mapTenant(NORTHWIND.tenantId, NORTHWIND.name);
});
test.afterAll(async () => {
  writeDb((db) => db.prepare('UPDATE approval_policy SET enabled = 0').run());
});

test.describe('admin', () => {
  test.use({ storageState: authFile('admin') });
  test('sets the policy: more than 5 seats needs an approval', async ({ page }) => {
    await page.goto('/settings/integrations/ingram');
    const form = page.getByRole('form', { name: 'Purchase approvals' });
    await form.getByLabel('Orders above a threshold need an approval').check();
    await form.getByLabel('Seats above').fill('five');
    await form.getByRole('button', { name: 'Save approval policy' }).click();
    await expect(form.getByText('A whole number of seats from 1 to 100000, or empty for no limit')).toBeVisible();
    expect(readDb((db) => db.prepare('SELECT count(*) AS n FROM approval_policy WHERE enabled = 1').get()) as { n: number }).toEqual({ n: 0 });
    await form.getByLabel('Seats above').fill('5');
    await form.getByRole('button', { name: 'Save approval policy' }).click();
    await expect(page.getByTestId('approval-policy-notice')).toContainText('Saved the approval policy');
  });
});

test("an editor's order above the threshold waits, and reaches Ingram once an admin approves it (once, even clicked twice)", async ({ browser }) => {
  const before = (await sandboxOrders()).length;
  const id = await submit(browser, 'editor', 8);
  expect((await sandboxOrders()).length, 'nothing sent while it waits').toBe(before);
  expect(statusOf(id)).toBe('pending');

  const editor = await browser.newPage({ storageState: authFile('editor') });
  await editor.goto(`/approvals?request=${id}`);
  await expect(editor.getByTestId('approval-requested')).toContainText(`request ${id}`);
  await expect(editor.getByRole('row', { name: new RegExp(`Waiting for approval`) }).first()).toBeVisible();
  await expect(editor.getByRole('button', { name: `Approve request ${id}` })).toHaveCount(0);
  await editor.close();
  const e = await as(browser, 'editor');
  expect(await call(e.request, 'approvals.approve', [{ id }])).toContain('"code":"FORBIDDEN"');
  await e.close();
  expect((await sandboxOrders()).length).toBe(before);

  const admin = await browser.newPage({ storageState: authFile('admin') });
  await admin.goto('/approvals');
  await admin.getByRole('button', { name: `Approve request ${id}` }).click();
  const dialog = admin.getByRole('dialog', { name: /Approve editor@demo.local's order/ });
  await expect(dialog.getByTestId('approve-price')).toContainText('per month');
  await dialog.getByRole('button', { name: 'Approve and place the order' }).dblclick();
  await expect(admin.getByTestId('approvals-notice')).toContainText(`Approved request ${id}: order`);
  await admin.close();
  expect((await sandboxOrders()).length, 'exactly one order').toBe(before + 1);
  expect(statusOf(id)).toBe('placed');

  // Two approvals at once for another request: still one order.
  const second = await submit(browser, 'editor', 7);
  const a = await as(browser, 'admin');
  const b = await as(browser, 'superadmin');
  await Promise.all([call(a.request, 'approvals.approve', [{ id: second }]), call(b.request, 'approvals.approve', [{ id: second }])]);
  await Promise.all([a.close(), b.close()]);
  expect((await sandboxOrders()).length, 'one order for two simultaneous approvals').toBe(before + 2);
});

test('nobody approves their own request', async ({ browser }) => {
  const before = (await sandboxOrders()).length;
  const id = await submit(browser, 'admin', 9);
  const page = await browser.newPage({ storageState: authFile('admin') });
  await page.goto('/approvals');
  await expect(page.getByRole('button', { name: `Approve request ${id}` })).toHaveCount(0);
  await page.close();
  const s = await as(browser, 'admin');
  const text = await call(s.request, 'approvals.approve', [{ id }]);
  await s.close();
  expect(text).toContain('You cannot approve your own request');
  expect((await sandboxOrders()).length).toBe(before);
  expect(statusOf(id)).toBe('pending');
});

test('a rejected request places nothing, and says why', async ({ browser }) => {
  const before = (await sandboxOrders()).length;
  const id = await submit(browser, 'editor', 6);
  const page = await browser.newPage({ storageState: authFile('admin') });
  await page.goto('/approvals');
  await page.getByRole('button', { name: `Reject request ${id}` }).click();
  const dialog = page.getByRole('dialog', { name: /Reject editor@demo.local's order/ });
  await dialog.getByRole('button', { name: 'Reject' }).click();
  await expect(dialog.getByText('Say why, in a few words')).toBeVisible();
  await dialog.getByLabel('Reason').fill('Six seats is more than they need');
  await dialog.getByRole('button', { name: 'Reject' }).click();
  await expect(page.getByTestId('approvals-notice')).toContainText(`Rejected request ${id}`);
  await page.close();
  expect(statusOf(id)).toBe('rejected');
  const s = await as(browser, 'admin');
  expect(await call(s.request, 'approvals.approve', [{ id }])).toContain('"code":"CONFLICT"');
  await s.close();
  expect((await sandboxOrders()).length).toBe(before);
  expect(readDb((db) => db.prepare("SELECT count(*) AS n FROM audit_log WHERE action = 'approvals.reject' AND result = 'success'").get()) as { n: number }).toEqual({ n: 1 });
});

test('after a price change the approver sees the new estimate before anything is placed', async ({ browser }) => {
  const before = (await sandboxOrders()).length;
  const id = await submit(browser, 'editor', 10);
  await sandbox('/_sandbox/state/prices', { body: { mpn: MPN, factor: 1.5 } });
  try {
    const page = await browser.newPage({ storageState: authFile('admin') });
    await page.goto('/approvals');
    await page.getByRole('button', { name: `Approve request ${id}` }).click();
    const dialog = page.getByRole('dialog', { name: /Approve editor@demo.local's order/ });
    await dialog.getByRole('button', { name: 'Approve and place the order' }).click();
    await expect(dialog.getByTestId('price-changed')).toContainText('The price changed since the request');
    expect((await sandboxOrders()).length, 'not placed before the new price is confirmed').toBe(before);
    await dialog.getByRole('button', { name: 'Place at the new price' }).click();
    await expect(page.getByTestId('approvals-notice')).toContainText(`Approved request ${id}`);
    await page.close();
    expect((await sandboxOrders()).length).toBe(before + 1);
  } finally {
    await sandbox('/_sandbox/state/prices', { body: { mpn: MPN, factor: 1 / 1.5 } });
  }
});
