// NCE windows per lot in the browser: seats added two days ago (the sandbox clock set back for the
// increase, then forward again) show as reducible until their own deadline while the term's older seats
// are locked until renewal; a product's window length set by an admin moves that deadline; a mid-term
// change on a subscription with a change scheduled for renewal warns first and can withdraw it.
import type { Page } from '@playwright/test';
import { authFile } from './support/auth';
import { readDb, sandbox } from './support/env';
import { expect, test } from './support/fixtures';
import { mapTenants, writeDb } from './support/matrix-env';
import { customerIdByName } from './support/world';

const RELECLOUD = { tenantId: 'b2f3e38a-024c-4f73-a13a-fec2454b4cb6', name: 'Relecloud', domain: 'relecloud.onmicrosoft.com', customer: 'Relecloud Corporation' };
const PAGE = `/tenant/licenses?tenantFilter=${RELECLOUD.domain}`;
const PRODUCT = 'Microsoft 365 Business Basic'; // 12 seats on an annual term bought 75 days ago
const MPN = 'CFQ7TTC0LH18:0001';
const HOUR = 3_600_000;
type SandboxOrder = { id: string; type: string; status: string; subscriptionId?: string; scheduledOn?: string; poNumber?: string; provisioningDate?: string };

test.describe.configure({ mode: 'serial', timeout: 150_000 });

let undo: () => void;
let customerId = '';
let addedAt = 0;

const utc = (ms: number) => {
  const iso = new Date(ms).toISOString();
  return `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;
};
const clockNow = async () => Date.parse(((await sandbox('/_sandbox/clock')) as { now: string }).now);
const setClock = (ms: number) => sandbox('/_sandbox/clock', { body: { set: new Date(ms).toISOString() } });
const sandboxOrders = async () => ((await sandbox(`/_sandbox/state/orders?customerId=${customerId}`)) as { orders: SandboxOrder[] }).orders;
const row = (page: Page) => page.getByRole('row').filter({ hasText: PRODUCT });

async function openLots(page: Page) {
  await page.goto(PAGE);
  await page.getByRole('button', { name: new RegExp(`^Seat lots of ${PRODUCT}`) }).click();
  return page.getByRole('dialog', { name: `Seat lots: ${PRODUCT}` });
}

test.beforeAll(async () => {
  customerId = await customerIdByName(RELECLOUD.customer);
  undo = mapTenants([{ tenantId: RELECLOUD.tenantId, customerId, name: RELECLOUD.customer }]);
});
test.afterAll(() => undo?.());

test.describe('seats added two days ago', () => {
  test.use({ storageState: authFile('editor') });

  test('are reducible until their own deadline while the older seats are locked until renewal', async ({ page }) => {
    const start = await clockNow();
    // The increase happens two days back on Ingram's clock…
    await setClock(start - 48 * HOUR);
    await page.goto(PAGE);
    await page.getByRole('button', { name: `Actions for ${PRODUCT}` }).click();
    await page.getByRole('menuitem', { name: 'Add seats' }).click();
    const dialog = page.getByRole('dialog', { name: /Add seats/ });
    await dialog.getByLabel('Number of seats').fill('3');
    await dialog.getByRole('button', { name: 'Add seats' }).click();
    await expect(dialog).toBeHidden();
    await sandbox('/_sandbox/clock', { body: { advanceSeconds: 30 } });
    await expect(row(page).locator('[data-field="quantity"]')).toHaveText('15', { timeout: 30_000 });
    const increase = (await sandboxOrders()).find((o) => o.type === 'change' && o.status === 'completed' && o.poNumber?.startsWith('CIPP-') && o.provisioningDate);
    expect(increase, 'the increase completed in the sandbox').toBeTruthy();
    addedAt = Date.parse(increase!.provisioningDate!);
    // …and the clock moves two days on, back to where it was.
    await setClock(start + 60_000);

    const lots = await openLots(page);
    const deadline = addedAt + 168 * HOUR;
    await expect(lots.getByRole('alert', { name: 'Reducible seats' })).toContainText(`3 seats can be reduced now, until ${utc(deadline)}`);
    await expect(lots.getByRole('alert', { name: 'Reducible seats' })).toContainText('12 seats locked until renewal on');
    const added = lots.getByRole('row').filter({ hasText: 'Increase' });
    await expect(added).toContainText(utc(addedAt));
    await expect(added).toContainText(utc(deadline));
    await expect(added).toContainText(/Reducible \(\d+d \d+h left\)/);
    await expect(added).toContainText(/local/);
    const older = lots.getByRole('row').filter({ hasText: 'Locked until renewal' });
    await expect(older).toHaveCount(1);
    await expect(older.getByRole('cell').nth(2)).toHaveText('12');
  });
});

test.describe('a product window set by an admin', () => {
  test.use({ storageState: authFile('admin') });

  test('moves the deadline of that product’s lots, is audited, and goes back to the default', async ({ page }) => {
    await page.goto('/settings/integrations/ingram?tab=windows');
    await expect(page.getByRole('tab', { name: 'NCE windows' })).toHaveAttribute('aria-selected', 'true');
    const form = page.getByRole('form', { name: 'Product NCE window' });
    await form.getByLabel('MPN').fill('CFQ7/../x');
    await form.getByRole('button', { name: 'Save window' }).click();
    await expect(form.getByText('Enter the product’s MPN, such as CFQ7TTC0LCHC:0002')).toBeVisible();
    await form.getByLabel('MPN').fill(MPN);
    await form.getByLabel('Window (hours)').fill('200');
    await form.getByLabel('Note').fill('Microsoft changed it');
    await form.getByRole('button', { name: 'Save window' }).click();
    await expect(page.getByTestId('window-length-saved')).toContainText(`${MPN}: 200 hours.`);
    await expect(page.getByRole('grid', { name: 'Products with their own NCE window' }).getByRole('row').filter({ hasText: MPN })).toContainText('200');
    const audit = readDb((db) => db.prepare("SELECT result, before, after FROM audit_log WHERE action = 'integrations.ingram.windowLength.save' ORDER BY id DESC LIMIT 1").get()) as {
      result: string;
      before: string | null;
      after: string;
    };
    expect(audit.result).toBe('success');
    expect(JSON.parse(audit.after)).toMatchObject({ mpn: MPN, hours: 200 });

    const lots = await openLots(page);
    await expect(lots.getByRole('columnheader', { name: 'Window (200 h) closes' })).toBeVisible();
    await expect(lots.getByRole('alert', { name: 'Reducible seats' })).toContainText(`until ${utc(addedAt + 200 * HOUR)}`);

    await page.goto('/settings/integrations/ingram?tab=windows');
    await page.getByRole('button', { name: `Use the default for ${MPN}` }).click();
    await expect(page.getByTestId('window-length-saved')).toContainText(`${MPN}: back to 168 hours.`);
    await expect(page.getByRole('grid', { name: 'Products with their own NCE window' }).getByRole('row').filter({ hasText: MPN })).toHaveCount(0);
    const lotsAgain = await openLots(page);
    await expect(lotsAgain.getByRole('alert', { name: 'Reducible seats' })).toContainText(`until ${utc(addedAt + 168 * HOUR)}`);
  });
});

test.describe('Settings > Alerts', () => {
  test.use({ storageState: authFile('admin') });
  const CHANNEL = 'NCE lots e2e mail';
  test.afterAll(() =>
    writeDb((db) => {
      db.prepare("DELETE FROM alert_rules WHERE name = 'Windows closing (e2e)'").run();
      db.prepare('DELETE FROM alert_channels WHERE name = ?').run(CHANNEL);
    }),
  );

  test('offers the inventory kinds with their parameters, and saves a window-closing rule', async ({ page }) => {
    writeDb((db) => db.prepare("INSERT OR IGNORE INTO alert_channels (name, kind, recipients, enabled, created_at) VALUES (?, 'email', 'ops@msp.example', 1, ?)").run(CHANNEL, Date.now()));
    await page.goto('/settings/alerts');
    const dialog = page.getByRole('dialog', { name: 'Add rule' });
    // A click that lands before the page hydrates opens nothing: press again until the dialog is there.
    await expect(async () => {
      if (!(await dialog.isVisible())) await page.getByRole('button', { name: 'Add rule' }).click();
      await expect(dialog).toBeVisible({ timeout: 5_000 });
    }).toPass({ timeout: 60_000 });
    await dialog.getByLabel('Name').fill('Windows closing (e2e)');
    const when = dialog.getByRole('combobox', { name: 'When' });
    await when.click();
    for (const kind of ['NCE window closing with seats still reducible', 'Annual or multi-year renewal within N days', 'Auto-renew off on a subscription that will end', 'A sync failed']) {
      await expect(page.getByRole('option', { name: kind })).toBeVisible();
    }
    await page.getByRole('option', { name: 'Annual or multi-year renewal within N days' }).click();
    await expect(dialog.getByLabel('Within (days)')).toBeVisible();
    await expect(dialog.getByLabel('Include monthly terms')).not.toBeChecked();
    await when.click();
    await page.getByRole('option', { name: 'NCE window closing with seats still reducible' }).click();
    await expect(dialog.getByLabel('Within (days)')).toHaveCount(0);
    await dialog.getByLabel('Within (hours)').fill('48');
    await dialog.getByLabel('Channels').click();
    await page.getByRole('option', { name: CHANNEL }).click();
    await dialog.getByRole('button', { name: 'Add rule' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByRole('row').filter({ hasText: 'Windows closing (e2e)' })).toContainText('48 h');
  });
});

test.describe('a change scheduled for renewal', () => {
  test.use({ storageState: authFile('editor') });

  test('shows as scheduled; a mid-term change warns that Microsoft drops it and can withdraw it first', async ({ page }) => {
    await page.goto(PAGE);
    await page.getByRole('button', { name: `Actions for ${PRODUCT}` }).click();
    await page.getByRole('menuitem', { name: 'Schedule decrease at renewal' }).click();
    let dialog = page.getByRole('dialog', { name: /Schedule a decrease at renewal/ });
    await dialog.getByLabel('Number of seats').fill('2');
    await dialog.getByRole('button', { name: 'Schedule a decrease at renewal' }).click();
    await expect(dialog).toBeHidden();
    await expect(row(page)).toContainText(/Decrease to 13 scheduled for \d{4}-\d{2}-\d{2} \(SO-/);
    const scheduled = async () => (await sandboxOrders()).filter((o) => o.scheduledOn === 'renewal' && (o.status === 'submitted' || o.status === 'processing'));
    expect(await scheduled()).toHaveLength(1);

    await page.getByRole('button', { name: `Actions for ${PRODUCT}` }).click();
    await page.getByRole('menuitem', { name: 'Add seats' }).click();
    dialog = page.getByRole('dialog', { name: /Add seats/ });
    const warning = dialog.getByTestId('mid-term-warning');
    await expect(warning).toContainText(/change scheduled for \d{4}-\d{2}-\d{2}: decrease scheduled for renewal to 13/);
    await expect(warning).toContainText('Microsoft drops the changes scheduled for this subscription when it changes mid-term');
    await expect(dialog.getByRole('button', { name: 'Add seats' })).toBeDisabled();
    await warning.getByRole('button', { name: 'Withdraw scheduled change' }).click();
    await expect(warning).toBeHidden();
    await expect(dialog.getByLabel('Number of seats')).toBeVisible();
    expect(await scheduled()).toEqual([]);
  });
});
