// Upstream faults on every page: with the sandbox failing in each way Ingram can, each page
// shows a readable error (status and correlation id where there is one), keeps what the user
// entered, offers a retry, and works again once the fault ends. Never a framework error screen.
import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { authFile } from './support/auth';
import { sandbox } from './support/env';
import { writeDb } from './support/matrix-env';
import { mapTenant } from './support/world';

const WINGTIP = { tenantId: 'a1b9b965-b512-4c03-a3b5-faae36515ea4', domain: 'wingtiptoys.onmicrosoft.com' };

type FaultCase = { label: string; fault: Record<string, unknown>; expect: RegExp[] };
// Reads are retried on 429 and 5xx (three times), so a fault that should reach the user lasts longer than that.
const persistent = 8;
const cases = (method: string, path: string): FaultCase[] => [
  {
    label: '429 with Retry-After',
    fault: { method, path, kind: 'status', status: 429, retryAfter: 1, message: 'Too many requests, slow down', count: persistent },
    expect: [/HTTP 429/, /Correlation ID: \S+/],
  },
  {
    label: '500 with a JSON message',
    fault: { method, path, kind: 'status', status: 500, message: 'Sandbox meltdown in progress', count: persistent },
    expect: [/Sandbox meltdown in progress/, /HTTP 500/, /Correlation ID: \S+/],
  },
  { label: '502 with an HTML page', fault: { method, path, kind: 'html', status: 502, count: persistent }, expect: [/HTTP 502/] },
  { label: '504 with an HTML page', fault: { method, path, kind: 'html', status: 504, count: persistent }, expect: [/HTTP 504/] },
  { label: 'a call slower than the timeout', fault: { method, path, kind: 'delay', delayMs: 9000, count: 1 }, expect: [/no answer within/i] },
  { label: 'a malformed body', fault: { method, path, kind: 'malformed', count: persistent }, expect: [/Correlation ID: \S+/] },
];

async function clearFaults() {
  await sandbox('/_sandbox/faults', { method: 'DELETE' });
}

/** Opens a page while the fault lasts: a readable error, no framework screen; then Retry once it ends shows the grid. */
async function faultThenRecovery(page: Page, url: string, c: FaultCase) {
  await sandbox('/_sandbox/faults', { body: c.fault });
  await page.goto(url);
  const error = page.getByTestId('action-error');
  await expect(error).toBeVisible({ timeout: 45_000 });
  for (const pattern of c.expect) await expect(error).toContainText(pattern);
  await expect(page.getByTestId('page-error')).toHaveCount(0);
  await clearFaults();
  await error.getByRole('button', { name: 'Retry' }).click();
  await expect(page.getByTestId('action-error')).toHaveCount(0, { timeout: 30_000 });
  await expect(page.getByRole('grid')).toBeVisible();
}

test.describe.configure({ mode: 'serial', timeout: 180_000 });
test.use({ storageState: authFile('admin') });

test.beforeAll(async () => {
  await mapTenant(WINGTIP.tenantId, 'Wingtip Toys');
});
test.afterEach(clearFaults);

test.describe('CSP Licenses', () => {
  // Each case is about the live load: the tenant starts with nothing in the inventory, so the page reads Ingram.
  test.beforeEach(() => writeDb((db) => db.prepare('DELETE FROM sync_tenant_state WHERE tenant_id = ?').run(WINGTIP.tenantId)));
  for (const c of cases('GET', '/subscriptions')) {
    test(`${c.label}: a readable error, then it works again`, async ({ page }) => {
      await faultThenRecovery(page, `/tenant/licenses?tenantFilter=${WINGTIP.domain}`, c);
      await expect(page.getByRole('row')).not.toHaveCount(1);
    });
  }

  test('a revoked token: the page recovers on its own', async ({ page }) => {
    await sandbox('/_sandbox/faults', { body: { method: 'GET', path: '/subscriptions', kind: 'revoke-token' } });
    await page.goto(`/tenant/licenses?tenantFilter=${WINGTIP.domain}`);
    await expect(page.getByRole('grid')).toBeVisible();
    await expect(page.getByRole('row')).not.toHaveCount(1);
    await expect(page.getByTestId('action-error')).toHaveCount(0);
  });
});

test.describe('Integrations: the connection test', () => {
  for (const c of cases('GET', '/resellers')) {
    test(`${c.label}: the failed step is explained, the form keeps its input, then it works again`, async ({ page }) => {
      await page.goto('/settings/integrations/ingram');
      await page.getByLabel('API username').fill('msp-demo.api');
      await sandbox('/_sandbox/faults', { body: c.fault });
      await page.getByRole('button', { name: 'Test connection' }).click();
      const result = page.getByTestId('connection-result');
      await expect(result).toBeVisible({ timeout: 45_000 });
      await expect(result).not.toContainText('Reseller MSP Demo Reseller LLC');
      for (const pattern of c.expect.filter((p) => /HTTP|Correlation/.test(p.source))) await expect(result).toContainText(pattern);
      await expect(page.getByLabel('API username')).toHaveValue('msp-demo.api');
      await clearFaults();
      await page.getByRole('button', { name: 'Test connection' }).click();
      await expect(page.getByTestId('connection-result')).toContainText('Reseller MSP Demo Reseller LLC', { timeout: 30_000 });
    });
  }
});

// The other pages get the three shapes of failure that differ most: a JSON 500 with a
// message, a gateway's HTML 504, and no answer at all. Each is retried from the page.
const pick = (method: string, path: string) => cases(method, path).filter((c) => /500|504|slower/.test(c.label));

test.describe('Mappings: loading the Ingram customers', () => {
  for (const c of pick('GET', '/customers')) {
    test(`${c.label}: a readable error, then it works again`, async ({ page }) => {
      await page.goto('/settings/mappings');
      await expect(page.getByTestId('mapping-counts')).toBeVisible();
      await sandbox('/_sandbox/faults', { body: c.fault });
      await page.getByRole('button', { name: /Refresh customers/ }).click();
      const error = page.getByTestId('action-error');
      await expect(error).toBeVisible({ timeout: 45_000 });
      for (const pattern of c.expect) await expect(error).toContainText(pattern);
      await clearFaults();
      await error.getByRole('button', { name: 'Retry' }).click();
      await expect(page.getByTestId('action-error')).toHaveCount(0, { timeout: 30_000 });
      await expect(page.getByRole('button', { name: /Refresh customers \(loaded/ })).toBeVisible();
    });
  }
});

test.describe('Add Subscription: the price estimate', () => {
  for (const c of pick('POST', '/orders/estimate')) {
    test(`${c.label}: explained on the review step, the order kept, then priced on retry`, async ({ page }) => {
      await page.goto(`/tenant/add-subscription?tenantFilter=${WINGTIP.domain}`);
      await page.getByRole('button', { name: 'Next' }).click();
      await page.getByLabel('Search products by name or MPN').fill('Exchange Online (Plan 1)');
      await page.getByRole('button', { name: 'Search' }).click();
      await page
        .getByRole('radio', { name: /^Exchange Online \(Plan 1\), / })
        .first()
        .check();
      await page.getByRole('button', { name: 'Next' }).click();
      const seats = page.getByLabel(/Number of seats|Seats to add/);
      await seats.fill('7');
      await sandbox('/_sandbox/faults', { body: { ...c.fault, count: c.fault.count === 1 ? 1 : persistent } });
      await page.getByRole('button', { name: 'Next' }).click();
      const error = page.getByTestId('action-error');
      await expect(error).toBeVisible({ timeout: 45_000 });
      for (const pattern of c.expect) await expect(error).toContainText(pattern);
      await expect(page.getByTestId('review-quantity')).toContainText('7');
      await expect(page.getByRole('button', { name: 'Submit order' })).toBeDisabled();
      await clearFaults();
      await error.getByRole('button', { name: 'Retry' }).click();
      await expect(page.getByTestId('review-estimated-total')).not.toHaveText('Not known yet', { timeout: 30_000 });
    });
  }
});

test.describe('Orders: the list Ingram reports', () => {
  for (const c of pick('GET', '/orders')) {
    test(`${c.label}: a readable error, then it works again`, async ({ page }) => {
      await faultThenRecovery(page, `/tenant/orders?tenantFilter=${WINGTIP.domain}`, c);
    });
  }
});
