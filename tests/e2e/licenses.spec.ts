// CSP Licenses against the sandbox: the table, every change through its confirmation, the order
// followed to the end, refusals for readonly, and an upstream 500 shown with its correlation id.
import Database from 'better-sqlite3';
import { type Locator, type Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { captureAction, expectRefused, replayAction } from './support/actions';
import { authFile } from './support/auth';
import { databaseFile, readDb, sandbox, sandboxIngram } from './support/env';

const CONTOSO_TENANT = '0a96abb3-3b07-4f0e-af48-bcc4893e0e73';
const PAGE = '/tenant/licenses?tenantFilter=contoso.onmicrosoft.com';

/** Finds the Contoso Limited customer id through the sandbox's own API, as an admin mapping it would. */
async function contosoCustomerId(): Promise<string> {
  const { base, headers } = await sandboxIngram();
  const res = await fetch(`${base}/customers?name=Contoso`, { headers });
  const { data } = (await res.json()) as { data: Array<{ id: string; name: string }> };
  return data.find((c) => c.name === 'Contoso Limited')!.id;
}

function mapContoso(customerId: string) {
  const db = new Database(databaseFile());
  try {
    db.prepare("INSERT OR IGNORE INTO tenant_mappings (tenant_id, customer_id, customer_name, method, created_by) VALUES (?, ?, 'Contoso Limited', 'manual', 'e2e')").run(CONTOSO_TENANT, customerId);
  } finally {
    db.close();
  }
}

const row = (page: Page, product: string) => page.getByRole('row').filter({ hasText: product });
const advanceClock = (seconds: number) => sandbox('/_sandbox/clock', { body: { advanceSeconds: seconds } });

async function openAction(page: Page, product: string, item: string) {
  await page.getByRole('button', { name: `Actions for ${product}` }).click();
  await page.getByRole('menuitem', { name: item }).click();
  return page.getByRole('dialog');
}

/** Confirms the seat change in `dialog`, then follows its order on the product's row (showing `pending`) until the row shows `seats`. */
async function placeSeatChange(page: Page, dialog: Locator, button: string, product: string, pending: string | RegExp, seats: string) {
  await dialog.getByRole('button', { name: button }).click();
  await expect(dialog).toBeHidden();
  const line = row(page, product);
  await expect(line).toContainText(pending);
  await advanceClock(30);
  await expect(line).not.toContainText('in progress', { timeout: 30_000 });
  await expect(line.getByRole('gridcell').nth(2)).toHaveText(seats);
}

function lastAudit(action: string) {
  return readDb((db) => db.prepare('SELECT * FROM audit_log WHERE action = ? ORDER BY id DESC LIMIT 1').get(action) as { result: string; before: string; after: string; role: string } | undefined);
}

// One sandbox world for the file: each step builds on the previous one; the shared machine can be slow.
test.describe.configure({ mode: 'serial', timeout: 120_000 });

test.describe('unmapped tenant', () => {
  test.use({ storageState: authFile('admin') });
  test('shows a clear message and a link to map it, not an error', async ({ page }) => {
    await page.goto('/tenant/licenses?tenantFilter=fabrikam.onmicrosoft.com');
    await expect(page.getByText('Fabrikam Inc is not mapped to an Ingram Micro customer')).toBeVisible();
    await expect(page.getByRole('link', { name: 'Map this tenant' })).toHaveAttribute('href', '/settings/mappings');
    await expect(page.getByRole('grid')).toHaveCount(0);
  });
});

test.describe('mapped Contoso', () => {
  test.use({ storageState: authFile('admin') });
  test.beforeAll(async () => mapContoso(await contosoCustomerId()));

  test('the table shows the seeded subscriptions with quantities, windows and the order in progress', async ({ page }) => {
    await page.goto(PAGE);
    await expect(page.getByRole('heading', { name: 'CSP Licenses' })).toBeVisible();
    const premium = row(page, 'Microsoft 365 Business Premium');
    // Contoso is not in the inventory yet: the rows come from the live read after hydration, which a loaded machine delays.
    await expect(premium).toContainText('25', { timeout: 45_000 });
    await expect(premium).toContainText('Annual, billed monthly');
    await expect(premium).toContainText(/Cancel or decrease: [34]d \d+h left/);
    await expect(row(page, 'Microsoft 365 Business Basic')).toContainText('closed');
    await expect(row(page, 'Microsoft Entra ID P1')).toContainText(/Remove up to 5: [56]d \d+h left/);
    // The seeded decrease waits for the renewal: scheduled with its date, not "in progress".
    await expect(row(page, 'Microsoft Defender for Business')).toContainText(/Decrease to \d+ scheduled for \d{4}-\d{2}-\d{2} \(SO-\d{4}-\d+\)/);
    await expect(row(page, 'Microsoft Defender for Business')).not.toContainText('in progress');
    // A sales order still processing marks its new subscription.
    await expect(row(page, 'Microsoft Teams Essentials')).toContainText(/New subscription being provisioned \(SO-/);
    await expect(row(page, 'Power BI Pro')).toContainText(/Ends \d{4}-\d{2}-\d{2}/);
    await expect(row(page, 'Visio Plan 2')).toHaveCount(0);
    await page.getByLabel('Show terminated subscriptions').check();
    const visio = row(page, 'Visio Plan 2');
    await expect(visio).toContainText('terminated');
    // A terminated subscription: no auto-renew and no running total.
    await expect(visio.getByRole('gridcell').nth(6)).toHaveText(/^Ended \d{4}-\d{2}-\d{2}$/);
    await expect(visio.getByRole('gridcell').nth(5)).toHaveText('');
  });

  test('a browser clock an hour ahead of the server: the page hydrates without a mismatch', async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    // The NCE window cell says "3d 5h left". Worked out from the browser's clock while hydrating, it would not match the
    // server's HTML: React would fail hydration (error 418), redraw the whole page and drop a click made meanwhile.
    await page.clock.setFixedTime(Date.now() + 61 * 60_000);
    await page.goto(PAGE);
    await expect(row(page, 'Microsoft 365 Business Premium')).toContainText(/Cancel or decrease: [34]d \d+h left/, { timeout: 45_000 });
    await page.waitForLoadState('networkidle');
    expect(errors).toEqual([]);
    await page.getByRole('link', { name: 'Add subscription', exact: true }).click();
    await expect(page).toHaveURL(/\/tenant\/add-subscription\?tenantFilter=contoso\.onmicrosoft\.com/);
  });

  test('add 2 seats: confirmation with before -> after and estimate, order followed until the new quantity shows', async ({ page }) => {
    await page.goto(PAGE);
    const dialog = await openAction(page, 'Exchange Online (Plan 1)', 'Add seats');
    await dialog.getByLabel('Number of seats').fill('0');
    await expect(dialog.getByText('At least 1 seat')).toBeVisible();
    await dialog.getByLabel('Number of seats').fill('2');
    await expect(dialog.getByRole('row', { name: /Seats/ })).toContainText('5 → 7');
    await expect(dialog.getByTestId('estimate')).toContainText('Charge of $');
    await placeSeatChange(page, dialog, 'Add seats', 'Exchange Online (Plan 1)', /Seat increase in progress \(SO-\d{4}-\d+\)/, '7');
    const audit = lastAudit('licenses.changeSeats')!;
    expect(audit.result).toBe('success');
    expect(JSON.parse(audit.before)).toMatchObject({ quantity: 5 });
    expect(JSON.parse(audit.after)).toMatchObject({ quantity: 7, orderId: expect.any(String) });
  });

  test('remove seats inside the window works', async ({ page }) => {
    await page.goto(PAGE);
    const dialog = await openAction(page, 'Microsoft 365 Business Premium', 'Remove seats');
    await dialog.getByLabel('Number of seats').fill('3');
    await expect(dialog.getByRole('row', { name: /Seats/ })).toContainText('25 → 22');
    await expect(dialog.getByTestId('estimate')).toContainText('Refund of $');
    await placeSeatChange(page, dialog, 'Remove seats', 'Microsoft 365 Business Premium', /Seat decrease in progress \(SO-/, '22');
  });

  test('cancel outside the window offers auto-renew off, which then shows off', async ({ page }) => {
    await page.goto(PAGE);
    const basic = row(page, 'Microsoft 365 Business Basic');
    await expect(basic).toContainText(/Renews \d{4}-/);
    const dialog = await openAction(page, 'Microsoft 365 Business Basic', 'Cancel subscription');
    await expect(dialog.getByText(/can no longer be cancelled/)).toBeVisible();
    await expect(dialog.getByRole('button', { name: 'Cancel subscription' })).toHaveCount(0);
    await dialog.getByRole('button', { name: 'Turn auto-renew off' }).click();
    await expect(dialog).toBeHidden();
    await expect(basic.getByRole('gridcell').nth(6)).toHaveText(/^Ends \d{4}-/);
  });

  test('remove outside the window is explained and the scheduled decrease is offered and placed', async ({ page }) => {
    await page.goto(PAGE);
    let dialog = await openAction(page, 'Microsoft 365 Business Basic', 'Remove seats');
    await expect(dialog.getByText(/Seats can only be removed within 7 days \(168 hours\)/)).toBeVisible();
    await expect(dialog.getByRole('button', { name: 'Remove seats' })).toBeDisabled();
    await dialog.getByRole('button', { name: 'Schedule decrease at renewal' }).click();
    dialog = page.getByRole('dialog', { name: /Schedule a decrease at renewal/ });
    await dialog.getByLabel('Number of seats').fill('2');
    await expect(dialog.getByRole('row', { name: /Seats/ })).toContainText('10 → 8');
    // Nothing is refunded now: the dialog says what the next term will cost instead.
    await expect(dialog.getByTestId('estimate')).toHaveText('Nothing is charged or refunded now');
    await expect(dialog.getByTestId('next-term-cost')).toContainText('Nothing is refunded now: the subscription keeps, and is billed for, 10 seats until the renewal');
    await expect(dialog.getByTestId('next-term-cost')).toContainText(/From then the next term costs \$[\d,.]+ per (month|year) for 8 seats\./);
    await expect(dialog).not.toContainText(/Refund of/);
    await dialog.getByRole('button', { name: 'Schedule a decrease at renewal' }).click();
    await expect(dialog).toBeHidden();
    await expect(row(page, 'Microsoft 365 Business Basic')).toContainText(/Decrease to 8 scheduled for \d{4}-\d{2}-\d{2} \(SO-/);
    await expect(page.getByTestId('licenses-notice')).toContainText('Decrease scheduled for the renewal date');
    const { orders } = (await sandbox(`/_sandbox/state/orders?customerId=${await contosoCustomerId()}`)) as { orders: Array<{ type: string; scheduledOn?: string; poNumber?: string }> };
    expect(orders.some((o) => o.type === 'change' && o.scheduledOn === 'renewal' && o.poNumber?.startsWith('CIPP-'))).toBe(true);
  });

  test('cancel inside the window terminates the subscription', async ({ page }) => {
    await page.goto(PAGE);
    const dialog = await openAction(page, 'Exchange Online (Plan 1)', 'Cancel subscription');
    await expect(dialog.getByTestId('estimate')).toContainText('Refund of $');
    await expect(dialog.getByRole('row', { name: /Status/ })).toContainText('active → terminated');
    await dialog.getByRole('button', { name: 'Cancel subscription' }).click();
    await expect(dialog).toBeHidden();
    await expect(row(page, 'Exchange Online (Plan 1)')).toContainText(/Cancellation in progress \(SO-/);
    await advanceClock(30);
    // Terminated subscriptions are hidden by default: the row goes once the order completes.
    await expect(row(page, 'Exchange Online (Plan 1)')).toHaveCount(0, { timeout: 30_000 });
    await page.getByLabel('Show terminated subscriptions').check();
    await expect(row(page, 'Exchange Online (Plan 1)')).toContainText('terminated');
  });

  test("a decrease scheduled in Ingram's portal: shown as scheduled, a mid-term change warns first, auto-renew stays available", async ({ page }) => {
    await page.goto(PAGE);
    await page.getByRole('button', { name: 'Actions for Microsoft Defender for Business' }).click();
    await expect(
      page.getByText(/is scheduled for \d{4}-\d{2}-\d{2} .*Microsoft drops a subscription's scheduled changes when it changes mid-term\. Auto-renew can still be turned on or off/),
    ).toBeVisible();
    await expect(page.getByText(/still in progress/)).toHaveCount(0);
    await expect(page.getByRole('menuitem', { name: 'Cancel subscription' })).toHaveAttribute('aria-disabled', 'true');
    await expect(page.getByRole('menuitem', { name: /Turn auto-renew/ })).not.toHaveAttribute('aria-disabled', 'true');
    await page.getByRole('menuitem', { name: 'Add seats' }).click();
    const dialog = page.getByRole('dialog', { name: /Add seats/ });
    await expect(dialog.getByTestId('mid-term-warning')).toContainText('Microsoft drops the changes scheduled for this subscription');
    await expect(dialog.getByRole('button', { name: 'Add seats' })).toBeDisabled();
  });

  test('a 500 from the API appears with its message, status and correlation id', async ({ page }) => {
    await page.goto(PAGE);
    await sandbox('/_sandbox/faults', { body: { method: 'POST', path: '/orders', kind: 'status', status: 500, message: 'Subscription already has an unfinished change order SO-2026-999999.' } });
    const dialog = await openAction(page, 'Microsoft Entra ID P1', 'Add seats');
    await dialog.getByLabel('Number of seats').fill('1');
    await dialog.getByRole('button', { name: 'Add seats' }).click();
    const alert = dialog.getByTestId('action-error');
    await expect(alert).toContainText('Subscription already has an unfinished change order SO-2026-999999.');
    await expect(alert).toContainText('HTTP 500');
    await expect(alert).toContainText(/Correlation ID: \S+/);
    await sandbox('/_sandbox/faults', { method: 'DELETE' });
  });

  test('auto-renew on, and the same call replayed by readonly is refused and logged', async ({ page }) => {
    await page.goto(PAGE);
    const dialog = await openAction(page, 'Power BI Pro', 'Turn auto-renew on');
    await expect(dialog.getByRole('row', { name: /Auto-renew/ })).toContainText('Off → On');
    const captured = await captureAction(page, () => dialog.getByRole('button', { name: 'Turn auto-renew on' }).click());
    await expect(dialog).toBeHidden();
    await expect(row(page, 'Power BI Pro').getByRole('gridcell').nth(6)).toHaveText(/^Renews \d{4}-/);
    expectRefused(await replayAction(captured, 'readonly'));
    expect(lastAudit('licenses.setAutoRenew')).toMatchObject({ result: 'refused', role: 'readonly' });
  });
});

test.describe('readonly', () => {
  test.use({ storageState: authFile('readonly') });
  test('sees the table but no actions', async ({ page }) => {
    await page.goto(PAGE);
    await expect(row(page, 'Microsoft Entra ID P1')).toContainText('25');
    await expect(page.getByRole('button', { name: /^Actions for / })).toHaveCount(0);
  });
});
