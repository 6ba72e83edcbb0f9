// Add Subscription against the sandbox: purchase to completed order, the agreement gate,
// quantity limits, the variant chosen kept (seats added only on the same term), customers that cannot
// order stopped, the paged product step and its focus, one order per submit
// (double click, resubmission, work-then-504) and the purchase roles, in the UI and on the server.
import Database from 'better-sqlite3';
import { type Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { callActionWith, captureAction, expectRefused, replayAction, type CapturedAction } from './support/actions';
import { authFile } from './support/auth';
import { databaseFile, readDb, sandbox } from './support/env';

const FOURTH = { tenantId: 'ea72c53d-591c-491a-a11b-ba991ffbc987', name: 'Fourth Coffee', domain: 'fourthcoffee.onmicrosoft.com', customerId: '1000016' };
const ALPINE = { tenantId: '13c769bb-266e-4043-a964-0aa19139be8f', name: 'Alpine Ski House', domain: 'alpineskihouse.onmicrosoft.com', customerId: '1000010' };
const BLUE_YONDER = { tenantId: 'a3371080-b05a-42c1-a5ad-dba945dc37c7', name: 'Blue Yonder Airlines', domain: 'blueyonderairlines.onmicrosoft.com', customerId: '1000015' };
// The sandbox's Tasmanian Traders (adminHold) has no demo tenant of its own: the test maps this one to it.
const FINE_ART = { tenantId: '9ae6878b-6e13-4389-a9c6-eb277eae3f5c', domain: 'schoolfineart.onmicrosoft.com', customerId: '1000027' };
type Tenant = typeof FOURTH;

function writeDb(run: (db: Database.Database) => void) {
  const db = new Database(databaseFile(), { fileMustExist: true });
  try {
    run(db);
  } finally {
    db.close();
  }
}

type SandboxOrder = { id: string; type: string; status: string; poNumber?: string; subscriptionId?: string; total: { amount: string } };
const ordersOf = async (customerId: string): Promise<SandboxOrder[]> => (await sandbox(`/_sandbox/state/orders?customerId=${customerId}`)).orders;

async function openWizard(page: Page, tenant: Tenant, search: string) {
  await page.goto(`/tenant/add-subscription?tenantFilter=${tenant.domain}`);
  await expect(page.getByTestId('tenant-billing')).toContainText(`billed to the Ingram Micro customer ${tenant.name}`);
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByLabel('Search products by name or MPN').fill(search);
  await page.getByRole('button', { name: 'Search' }).click();
}

async function toReview(page: Page, tenant: Tenant, product: string, variant: string, seats: number) {
  await openWizard(page, tenant, product);
  await page.getByRole('radio', { name: `${product}, ${variant}` }).check();
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByLabel(/Number of seats|Seats to add/).fill(String(seats));
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page.getByTestId('review-estimated-total')).not.toHaveText('Not known yet');
}

/** The PO number shown on the order page the wizard opened. */
async function poNumberOnPage(page: Page): Promise<string> {
  await expect(page).toHaveURL(/\/tenant\/orders\/[\w-]+/);
  const row = page.getByRole('row', { name: /^PO number/ });
  await expect(row).toContainText('CIPP-');
  return (await row.getByRole('cell').textContent())!.trim();
}

test.describe.configure({ mode: 'serial' });
test.setTimeout(120_000);
test.use({ storageState: authFile('admin') });

let submitCapture: CapturedAction;
let startTimings: { orderSecondsToProcessing: number; orderSecondsToComplete: number } | undefined;

test.beforeAll(async () => {
  writeDb((db) => {
    const insert = db.prepare('INSERT OR IGNORE INTO tenant_mappings (tenant_id, customer_id, customer_name, method, created_by) VALUES (?, ?, ?, ?, ?)');
    for (const t of [FOURTH, ALPINE]) insert.run(t.tenantId, t.customerId, t.name, 'manual', 'e2e');
  });
  // Orders wait for the clock: the test moves it to watch them progress.
  const config = (await sandbox('/_sandbox/config')) as { orderSecondsToProcessing: number; orderSecondsToComplete: number };
  startTimings = { orderSecondsToProcessing: config.orderSecondsToProcessing, orderSecondsToComplete: config.orderSecondsToComplete };
  await sandbox('/_sandbox/config', { body: { orderSecondsToProcessing: 600, orderSecondsToComplete: 1200 } });
});
// Later specs expect orders to finish at the sandbox's own pace.
test.afterAll(async () => {
  if (startTimings) await sandbox('/_sandbox/config', { body: startTimings });
});

test.afterEach(async () => {
  await sandbox('/_sandbox/faults', { method: 'DELETE' });
});

test('a full purchase: tenant to completed order, with the agreement gating Submit', async ({ page }) => {
  await toReview(page, FOURTH, 'Microsoft 365 Business Premium', '1-year term, billed monthly', 3);
  await expect(page.getByTestId('review-mpn')).toHaveText('CFQ7TTC0LCHC:0002');
  await expect(page.getByTestId('review-quantity')).toHaveText('3 seats (new subscription)');
  await expect(page.getByTestId('review-term')).toHaveText('1-year term');
  await expect(page.getByTestId('review-unit-price')).toHaveText('$22.00 per seat per month');
  // The commitment over the whole term, money with its currency and period.
  await expect(page.getByTestId('review-commitment')).toHaveText('12 × $66.00 per month = $792.00 over the 1-year term');
  await expect(page.getByTestId('review-estimated-total')).toHaveText('$66.00 per month');
  await expect(page.getByText('within 7 days (168 hours) of purchase')).toBeVisible();

  const submit = page.getByRole('button', { name: 'Submit order' });
  const agreement = page.getByRole('checkbox', { name: /I understand that submitting places an order with Ingram Micro/ });
  await expect(submit).toBeDisabled();
  await agreement.check();
  await expect(submit).toBeEnabled();
  await agreement.uncheck();
  await expect(submit).toBeDisabled();
  await agreement.check();
  await page.getByLabel('PO reference (optional)').fill('E2E-REF-1');

  submitCapture = await captureAction(page, () => submit.click());
  const po = await poNumberOnPage(page);
  await expect(page.getByRole('heading', { name: /^Order SO-/ })).toBeVisible();
  await expect(page.getByTestId('order-status')).toHaveText('Submitted');
  await expect(page.getByTestId('order-total')).toHaveText('$66.00');
  await expect(page.getByRole('row', { name: /^Your reference/ })).toContainText('E2E-REF-1');

  // The page follows the order as the sandbox's clock moves.
  await sandbox('/_sandbox/clock', { body: { advanceSeconds: 700 } });
  await expect(page.getByTestId('order-status')).toHaveText('Processing', { timeout: 30_000 });
  await sandbox('/_sandbox/clock', { body: { advanceSeconds: 600 } });
  await expect(page.getByTestId('order-status')).toHaveText('Completed', { timeout: 30_000 });
  await expect(page.getByText(/The order is complete: subscription \d+ was created/)).toBeVisible();
  await expect(page.getByLabel('Following the order')).toHaveCount(0);

  const placed = (await ordersOf(FOURTH.customerId)).filter((o) => o.poNumber === po);
  expect(placed).toHaveLength(1);
  expect(placed[0]).toMatchObject({ type: 'sales', status: 'completed' });

  const audit = readDb((db) => db.prepare("SELECT result, user_email, tenant_id, after FROM audit_log WHERE action = 'purchase.place' ORDER BY id DESC LIMIT 1").get()) as {
    result: string;
    user_email: string;
    tenant_id: string;
    after: string;
  };
  expect(audit).toMatchObject({ result: 'success', user_email: 'admin@demo.local', tenant_id: FOURTH.tenantId });
  expect(JSON.parse(audit.after)).toMatchObject({
    mpn: 'CFQ7TTC0LCHC:0002',
    quantity: 3,
    poNumber: po,
    orderId: placed[0]!.id,
    total: expect.stringMatching(/^66(\.00)? USD$/),
    variant: { term: 'P1Y', billing: 'P1M' },
  });

  // The Orders page lists it first, with its status and a link to it.
  await page.goto(`/tenant/orders?tenantFilter=${FOURTH.domain}`);
  const first = page.getByRole('row').nth(1);
  await expect(first).toContainText('Microsoft 365 Business Premium');
  await expect(first).toContainText('Completed');
  await expect(first).toContainText(po);
});

test('a quantity outside the product’s limits is refused with the reason, in the wizard and on the server', async ({ page }) => {
  await openWizard(page, FOURTH, 'Business Standard');
  await page.getByRole('radio', { name: 'Microsoft 365 Business Standard, 1-year term, billed monthly' }).check();
  await page.getByRole('button', { name: 'Next' }).click();
  const seats = page.getByLabel('Number of seats');
  await seats.fill('301');
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page.getByText('301 seats is outside the limits: Microsoft 365 Business Standard allows between 1 and 300 seats.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Submit order' })).toHaveCount(0);
  await seats.fill('0');
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page.getByText('At least 1 seat')).toBeVisible();

  // Whatever the browser sends, the server checks the catalog's limits.
  const before = (await ordersOf(FOURTH.customerId)).length;
  const [args] = JSON.parse(submitCapture.body) as [Record<string, unknown>];
  const res = await callActionWith(submitCapture, 'admin', [{ ...args, quantity: 301, requestKey: crypto.randomUUID() }]);
  expect(res.text).toContain('"code":"VALIDATION"');
  expect(res.text).toContain('outside the limits for Microsoft 365 Business Premium: between 1 and 300');
  const noAgreement = await callActionWith(submitCapture, 'admin', [{ ...args, agreement: false, requestKey: crypto.randomUUID() }]);
  expect(noAgreement.text).toContain('Tick the agreement to place the order');
  expect(await ordersOf(FOURTH.customerId)).toHaveLength(before);
});

test('a variant on another term than the existing subscription buys a new subscription, and the review shows the variant chosen', async ({ page }) => {
  const before = await ordersOf(FOURTH.customerId);
  const teams = await sandbox('/_sandbox/state/subscriptions/3000047'); // Teams Essentials, 1-year term billed annually
  await openWizard(page, FOURTH, 'Teams Essentials');
  const card = page.getByTestId('product-group').filter({ hasText: 'Microsoft Teams Essentials' });
  await expect(card).toContainText(`Tenant already has this (${teams.quantity} seats)`);
  const monthlyLabel = (await card.getByText(/^1-month term, billed monthly:/).textContent())!;
  const monthlyPrice = /: (\$[\d.,]+) per seat per month/.exec(monthlyLabel)![1]!;
  await page.getByRole('radio', { name: 'Microsoft Teams Essentials, 1-month term, billed monthly' }).check();
  await page.getByRole('button', { name: 'Next' }).click();

  // Not "add seats": the existing subscription is on another term, and the user is told so.
  await expect(page.getByRole('radio', { name: /Add seats to the existing subscription/ })).toHaveCount(0);
  const notice = page.getByTestId('other-term-notice');
  await expect(notice).toContainText('This tenant already has Microsoft Teams Essentials on another term');
  await expect(notice).toContainText(`3000047 (${teams.quantity} seats, 1-year term, billed annually)`);
  await expect(notice).toContainText('You chose a 1-month term, billed monthly, so this order buys a new, separate subscription.');
  await page.getByLabel('Number of seats').fill('1');
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page.getByTestId('review-estimated-total')).not.toHaveText('Not known yet');
  await expect(page.getByTestId('review-term')).toHaveText('1-month term');
  await expect(page.getByTestId('review-billing')).toHaveText('monthly');
  await expect(page.getByTestId('review-quantity')).toHaveText('1 seat (new subscription)');
  await expect(page.getByTestId('review-unit-price')).toContainText(`${monthlyPrice} per seat per month`);
  await expect(page.getByTestId('review-commitment')).toHaveText(`1 × ${monthlyPrice} per month = ${monthlyPrice} over the 1-month term`);
  await page.getByRole('checkbox', { name: /I understand that submitting/ }).check();
  await page.getByRole('button', { name: 'Submit order' }).click();
  const po = await poNumberOnPage(page);
  const placed = (await ordersOf(FOURTH.customerId)).filter((o) => o.poNumber === po);
  expect(placed).toMatchObject([{ type: 'sales' }]);
  expect((await ordersOf(FOURTH.customerId)).filter((o) => o.subscriptionId === '3000047')).toHaveLength(before.filter((o) => o.subscriptionId === '3000047').length);
  expect((await sandbox('/_sandbox/state/subscriptions/3000047')).quantity).toBe(teams.quantity);
});

test('switching to the existing subscription’s term adds seats to it', async ({ page }) => {
  const subs = (await ordersOf(FOURTH.customerId)).length;
  const teams = await sandbox('/_sandbox/state/subscriptions/3000047');
  await openWizard(page, FOURTH, 'Teams Essentials');
  await page.getByRole('radio', { name: 'Microsoft Teams Essentials, 1-month term, billed monthly' }).check();
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByTestId('other-term-notice').getByRole('button', { name: 'Switch to 1-year term, billed annually' }).click();
  await expect(page.getByRole('radio', { name: /Add seats to the existing subscription 3000047/ })).toBeChecked();
  await page.getByLabel('Seats to add').fill('2');
  await expect(page.getByText(`New total: ${teams.quantity + 2} seats`)).toBeVisible();
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page.getByTestId('review-quantity')).toHaveText(`Add 2 seats to subscription 3000047: ${teams.quantity} → ${teams.quantity + 2} seats`);
  await expect(page.getByTestId('review-term')).toHaveText('1-year term');
  await expect(page.getByTestId('review-billing')).toHaveText('annually');
  await expect(page.getByTestId('review-commitment')).toContainText(/^Up to 1 × \$[\d.,]+ per year = \$[\d.,]+ over the 1-year term: added seats are prorated to the subscription’s renewal/);
  await page.getByRole('checkbox', { name: /I understand that submitting/ }).check();
  await page.getByRole('button', { name: 'Submit order' }).click();
  const po = await poNumberOnPage(page);
  await expect(page.getByRole('row', { name: /^Type/ })).toContainText('Seat increase');

  const after = await ordersOf(FOURTH.customerId);
  expect(after).toHaveLength(subs + 1);
  const order = after.find((o) => o.poNumber === po)!;
  expect(order).toMatchObject({ type: 'change', subscriptionId: '3000047' });
  expect(after.filter((o) => o.type === 'sales' && o.poNumber === po)).toHaveLength(0);
});

test('a customer that cannot order stops at the tenant step with the reason, and the server refuses it too', async ({ page }) => {
  writeDb((db) => {
    const insert = db.prepare('INSERT OR REPLACE INTO tenant_mappings (tenant_id, customer_id, customer_name, method, created_by) VALUES (?, ?, ?, ?, ?)');
    insert.run(BLUE_YONDER.tenantId, BLUE_YONDER.customerId, BLUE_YONDER.name, 'manual', 'e2e');
    insert.run(FINE_ART.tenantId, FINE_ART.customerId, 'Tasmanian Traders', 'manual', 'e2e');
  });
  try {
    await page.goto(`/tenant/add-subscription?tenantFilter=${BLUE_YONDER.domain}`);
    const alert = page.getByRole('alert').filter({ hasText: 'Blue Yonder Airlines cannot buy now' });
    await expect(alert).toContainText('Blue Yonder Airlines is on credit hold at Ingram Micro');
    await expect(page.getByRole('button', { name: 'Next' })).toBeDisabled();

    await page.goto(`/tenant/add-subscription?tenantFilter=${FINE_ART.domain}`);
    await expect(page.getByRole('alert').filter({ hasText: 'School of Fine Art cannot buy now' })).toContainText('Tasmanian Traders is on administrative hold at Ingram Micro');
    await expect(page.getByRole('button', { name: 'Next' })).toBeDisabled();

    // Whatever the browser sends, the server asks Ingram for the customer's status first.
    const before = (await ordersOf(BLUE_YONDER.customerId)).length;
    const [args] = JSON.parse(submitCapture.body) as [Record<string, unknown>];
    const res = await callActionWith(submitCapture, 'admin', [{ ...args, tenantId: BLUE_YONDER.tenantId, requestKey: crypto.randomUUID() }]);
    expect(res.text).toContain('"code":"VALIDATION"');
    expect(res.text).toContain('is on credit hold at Ingram Micro');
    expect(await ordersOf(BLUE_YONDER.customerId)).toHaveLength(before);
  } finally {
    writeDb((db) => db.prepare('DELETE FROM tenant_mappings WHERE tenant_id = ?').run(FINE_ART.tenantId));
  }
});

test('the product step pages the catalog, and each step change moves focus to its heading and is announced', async ({ page }) => {
  await page.goto(`/tenant/add-subscription?tenantFilter=${FOURTH.domain}`);
  await expect(page.getByRole('heading', { name: 'Step 1 of 4: Tenant' })).toBeVisible();
  await expect(page.locator('[aria-current="step"]')).toHaveText(/Tenant$/);
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page.getByRole('heading', { name: 'Step 2 of 4: Product' })).toBeFocused();
  await expect(page.getByTestId('step-announcement')).toHaveText('Now on Step 2 of 4: Product');
  await expect(page.locator('[aria-current="step"]')).toHaveText(/Product$/);

  // The whole catalog, a page at a time.
  await expect(page.getByTestId('product-count')).toHaveText(/^\d+ products, showing 1–8$/);
  const total = Number(/^(\d+)/.exec((await page.getByTestId('product-count').textContent())!)![1]);
  expect(total).toBeGreaterThan(16);
  await expect(page.getByTestId('product-group')).toHaveCount(8);
  const firstOnPage1 = await page.getByTestId('product-group').first().getByRole('heading').textContent();
  const pages = page.getByRole('navigation', { name: 'Product pages' });
  await pages.getByRole('button', { name: 'Go to page 2' }).click();
  await expect(page.getByTestId('product-count')).toHaveText(`${total} products, showing 9–16`);
  await expect(page.getByTestId('product-group').first().getByRole('heading')).not.toHaveText(firstOnPage1!);
  await page.getByLabel('Search products by name or MPN').fill('Visio');
  await page.getByRole('button', { name: 'Search' }).click();
  await expect(page.getByTestId('product-count')).toHaveText(/^\d products?$/);
  await expect(pages).toHaveCount(0);

  await page.getByRole('radio', { name: 'Visio Plan 1, 1-year term, billed monthly' }).check();
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page.getByRole('heading', { name: 'Step 3 of 4: Quantity' })).toBeFocused();
  await expect(page.getByTestId('step-announcement')).toHaveText('Now on Step 3 of 4: Quantity');
  await page.getByRole('button', { name: 'Back' }).click();
  await expect(page.getByRole('heading', { name: 'Step 2 of 4: Product' })).toBeFocused();
  await expect(page.getByRole('radio', { name: 'Visio Plan 1, 1-year term, billed monthly' })).toBeChecked();
});

test('the later steps show MUI in the app’s theme, light and dark, its style tags allowed by the page’s CSP nonce', async ({ page }) => {
  // The tenant step is plain HTML; MUI's theme and style cache load with the product step (no layout brings them).
  const refused: string[] = [];
  page.on('console', (m) => {
    if (/Refused to|Content Security Policy/i.test(m.text())) refused.push(m.text());
  });
  await page.goto(`/tenant/add-subscription?tenantFilter=${FOURTH.domain}`);
  await page.getByRole('button', { name: 'Next' }).click();
  const search = page.getByRole('button', { name: 'Search' });
  await expect(search).toBeVisible();
  const card = page.getByTestId('product-group').first();
  await expect(card).toBeVisible();
  const colors = async () => ({
    // MUI's outlined button in the theme's primary, as the plain contained Next button; the MUI card on the wizard's paper.
    search: await search.evaluate((e) => getComputedStyle(e).color),
    primary: await page.getByRole('button', { name: 'Next', exact: true }).evaluate((e) => getComputedStyle(e).backgroundColor),
    card: await card.evaluate((e) => getComputedStyle(e).backgroundColor),
    paper: await page.locator('ol[aria-label="Purchase steps"]').evaluate((e) => getComputedStyle(e.parentElement!).backgroundColor),
  });
  const light = await colors();
  expect(light).toMatchObject({ primary: 'rgb(178, 74, 12)', search: light.primary, card: light.paper });
  await page.getByRole('button', { name: 'Switch to dark mode' }).click();
  await expect.poll(async () => (await colors()).primary).toBe('rgb(247, 146, 58)');
  const dark = await colors();
  expect(dark).toMatchObject({ search: dark.primary, card: dark.paper, paper: 'rgb(22, 28, 43)' });
  // Every Emotion style tag carries the nonce of the page's own scripts.
  const tags = await page.evaluate(() => {
    const nonce = document.querySelector<HTMLScriptElement>('script[nonce]')?.nonce;
    return [...document.querySelectorAll<HTMLStyleElement>('style[data-emotion]')].map((t) => !!nonce && t.nonce === nonce);
  });
  expect(tags.length).toBeGreaterThan(0);
  expect(tags.every(Boolean)).toBe(true);
  expect(refused).toEqual([]);
});

test('a double click on Submit, and a resubmission of the same request, place one order', async ({ page }) => {
  const before = (await ordersOf(ALPINE.customerId)).length;
  await toReview(page, ALPINE, 'Visio Plan 1', '1-year term, billed annually', 2);
  await page.getByRole('checkbox', { name: /I understand that submitting/ }).check();
  const captured = await captureAction(page, () => page.getByRole('button', { name: 'Submit order' }).dblclick());
  const po = await poNumberOnPage(page);
  await expect(page.getByRole('heading', { name: /^Order SO-/ })).toBeVisible();
  expect((await sandbox(`/_sandbox/state/orders?customerId=${ALPINE.customerId}&poNumber=${po}`)).orders).toHaveLength(1);
  expect(await ordersOf(ALPINE.customerId)).toHaveLength(before + 1);

  // The browser retrying the very same request gets the same order back.
  const again = await replayAction(captured, 'admin');
  expect(again.text).toContain('"repeated":true');
  expect(await ordersOf(ALPINE.customerId)).toHaveLength(before + 1);
});

test('"work, then answer 504" on POST /orders ends with one order, shown as placed', async ({ page }) => {
  const before = (await ordersOf(ALPINE.customerId)).length;
  await toReview(page, ALPINE, 'Project Plan 1', '1-year term, billed monthly', 4);
  await page.getByRole('checkbox', { name: /I understand that submitting/ }).check();
  await sandbox('/_sandbox/faults', { body: { method: 'POST', path: '/orders', kind: 'work-then-504' } });
  await page.getByRole('button', { name: 'Submit order' }).click();
  const po = await poNumberOnPage(page);
  await expect(page.getByRole('heading', { name: /^Order SO-/ })).toBeVisible();
  await expect(page.getByTestId('order-status')).toHaveText('Submitted');
  await expect(page.getByTestId('order-error')).toHaveCount(0);
  expect((await sandbox(`/_sandbox/state/orders?customerId=${ALPINE.customerId}&poNumber=${po}`)).orders).toHaveLength(1);
  expect(await ordersOf(ALPINE.customerId)).toHaveLength(before + 1);
});

test('a failed price estimate blocks Submit until the user chooses to buy without it', async ({ page }) => {
  await sandbox('/_sandbox/faults', { body: { method: 'POST', path: '/orders/estimate', kind: 'status', status: 503, message: 'Pricing engine unavailable', count: 20 } });
  await openWizard(page, ALPINE, 'Power BI Pro');
  await page.getByRole('radio', { name: 'Power BI Pro, 1-year term, billed monthly' }).check();
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByLabel('Number of seats').fill('2');
  await page.getByRole('button', { name: 'Next' }).click();
  const alert = page.getByTestId('action-error');
  await expect(alert).toContainText('The price estimate failed');
  await expect(alert).toContainText('Pricing engine unavailable');
  await expect(alert).toContainText('HTTP 503');
  await expect(page.getByTestId('review-estimated-total')).toHaveText('Not known yet');
  await page.getByRole('checkbox', { name: /I understand that submitting/ }).check();
  const submit = page.getByRole('button', { name: 'Submit order' });
  await expect(submit).toBeDisabled();
  await page.getByRole('checkbox', { name: 'Place the order without a price estimate' }).check();
  await expect(submit).toBeEnabled();
});

test.describe('when only admins may purchase', () => {
  test.beforeAll(() => writeDb((db) => db.prepare('UPDATE ingram_settings SET purchase_roles = \'["admin","superadmin"]\' WHERE id = 1').run()));
  test.afterAll(() => writeDb((db) => db.prepare("UPDATE ingram_settings SET purchase_roles = '[]' WHERE id = 1").run()));
  test.use({ storageState: authFile('editor') });

  test('an editor sees prices but is not offered Submit, and the server refuses the action', async ({ page }) => {
    await openWizard(page, FOURTH, 'Business Standard');
    await expect(page.getByText('Your role (Editor) may see products and prices but may not purchase licenses. Allowed roles: Admin, Super admin.')).toBeVisible();
    await expect(page.getByTestId('product-group').first()).toContainText('per seat per month');
    await page.getByRole('radio', { name: 'Microsoft 365 Business Standard, 1-year term, billed monthly' }).check();
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByLabel('Number of seats').fill('1');
    await expect(page.getByText('Purchasing is not offered to your role')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Next' })).toHaveCount(0);
    await expect(page.getByText('Review', { exact: true })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Submit order' })).toHaveCount(0);

    const before = (await ordersOf(FOURTH.customerId)).length;
    const [args] = JSON.parse(submitCapture.body) as [Record<string, unknown>];
    expectRefused(await callActionWith(submitCapture, 'editor', [{ ...args, requestKey: crypto.randomUUID() }]));
    expect(await ordersOf(FOURTH.customerId)).toHaveLength(before);
    const refused = readDb((db) => db.prepare("SELECT message FROM audit_log WHERE action = 'purchase.place' AND result = 'refused' AND user_email = 'editor@demo.local'").all()) as Array<{
      message: string;
    }>;
    expect(refused.length).toBeGreaterThan(0);
    expect(refused.at(-1)!.message).toContain('Allowed roles: Admin, Super admin');
  });
});
