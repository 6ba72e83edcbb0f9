// Tenant-scoped custom roles: a role limited to some tenants sees only those (picker, pages, lists)
// and every direct call for another tenant, action or route, is refused as not found and audited.
import type { Page } from '@playwright/test';
import bcrypt from 'bcryptjs';
import { signInFresh, password } from './support/auth';
import { readDb } from './support/env';
import { expect, test } from './support/fixtures';
import { writeDb } from './support/matrix-env';
import { actionTargets, requestFor } from './support/matrix-manifest';
import { mapTenant } from './support/world';

const CONTOSO = { tenantId: '0a96abb3-3b07-4f0e-af48-bcc4893e0e73', name: 'Contoso Ltd' };
const FABRIKAM = { tenantId: 'e12e79d5-93ae-448c-a630-579fc3de41c3', name: 'Fabrikam Inc' };
const NORTHWIND = { tenantId: '30b83152-208f-4c45-afdb-d26be0437d08', name: 'Northwind Traders', domain: 'northwindtraders.onmicrosoft.com' };
const TAILSPIN = { tenantId: '204313f3-ad96-406b-ae1c-4eb2eb7cddab', name: 'Tailspin Toys', domain: 'tailspintoys.onmicrosoft.com' };

// One tag per run (the data folder's), the same in a worker restarted after a failure.
const tag = (process.env.E2E_DATA_DIR ?? 'run')
  .replace(/[^a-z0-9]/gi, '')
  .slice(-6)
  .toLowerCase();
const allowRole = `Team North ${tag}`;
const blockRole = `No Tailspin ${tag}`;
const allowUser = `team-north-${tag}@demo.local`;
const blockUser = `no-tailspin-${tag}@demo.local`;

function addUser(email: string, role: string) {
  const hash = bcrypt.hashSync(password, 10);
  writeDb((db) => db.prepare("INSERT OR IGNORE INTO users (id, email, name, password_hash, role) VALUES (lower(hex(randomblob(16))), ?, 'Scoped tech', ?, ?)").run(email, hash, role));
}

const refusals = (email: string, tenantId: string) =>
  readDb((db) => (db.prepare("SELECT count(*) AS n FROM audit_log WHERE user_email = ? AND tenant_id = ? AND result = 'refused'").get(email, tenantId) as { n: number }).n);

async function pickerOptions(page: Page): Promise<string[]> {
  await page.getByRole('combobox', { name: 'Tenant', exact: true }).click();
  const names = await page.getByRole('option').allTextContents();
  await page.keyboard.press('Escape');
  // "All tenants" is offered to everyone: it means all of the role's tenants.
  return names.filter((n) => !n.startsWith('All tenants'));
}

/** Calls licenses.changeSeats directly for a tenant, as a hand-made request from a signed-in browser. */
async function changeSeatsFor(page: Page, tenantId: string) {
  const target = actionTargets().get('licenses.changeSeats')!;
  const req = requestFor(target, new URL(page.url()).origin, [{ tenantId, subscriptionId: 'd1e2f3a4-0000-4000-8000-000000000001', kind: 'add', seats: 9, requestKey: crypto.randomUUID() }]);
  const res = await page.request.post(req.url, { headers: { 'next-action': req.actionId, accept: 'text/x-component', 'content-type': 'text/plain;charset=UTF-8' }, data: req.body });
  return { status: res.status(), text: await res.text() };
}

const SEEDED = [CONTOSO, FABRIKAM, NORTHWIND, TAILSPIN];

/** One inventory row per tenant, so All Tenants has something of each to show or hide (again before each test: a live load marks rows Ingram does not list as gone). */
function seedInventory() {
  writeDb((db) => {
    const now = Date.now();
    const insert = db.prepare(
      `INSERT OR REPLACE INTO inventory_subscriptions (id, tenant_id, customer_id, product_name, mpn, quantity, status, subscription_period, billing_period, term_months, billing_months, unit_price, total_price, currency, renewal_date, auto_renew, first_seen_at, last_seen_at)
       VALUES (?, ?, ?, 'Scope Test Suite', 'SCOPE-MPN', 2, 'active', 'P1Y', 'P1M', 12, 1, '10.00', '20.00', 'USD', '2027-06-01', 1, ?, ?)`,
    );
    SEEDED.forEach((t, i) => insert.run(`ts-scope-${i}`, t.tenantId, `99000${i}`, now, now));
  });
}

test.beforeAll(async () => {
  await mapTenant(NORTHWIND.tenantId, 'Northwind Traders');
});
test.beforeEach(seedInventory);

test.afterAll(() => writeDb((db) => db.prepare("DELETE FROM inventory_subscriptions WHERE id LIKE 'ts-scope-%'").run()));

test.describe('a role limited to three tenants', () => {
  test.use({ storageState: 'test-results/.auth/' + (process.env.E2E_APP_PORT ?? '3310') + '-superadmin.json' });

  test('is set up on the Users & Roles page with its tenants', async ({ page }) => {
    await page.goto('/settings/users');
    const form = page.getByRole('form', { name: 'Add custom role' });
    await form.getByLabel('Role name').fill(allowRole);
    await form.getByRole('combobox', { name: 'Base permission level' }).click();
    await page.getByRole('option', { name: 'Editor', exact: true }).click();
    await form.getByRole('combobox', { name: 'Tenant scope' }).click();
    await page.getByRole('option', { name: 'Only these tenants' }).click();
    // Without a tenant the form says what is missing and adds nothing.
    await form.getByRole('button', { name: 'Add role' }).click();
    await expect(form.getByText('Choose the tenants this role may see')).toBeVisible();
    const tenants = form.getByRole('combobox', { name: 'Tenants the role may see' });
    for (const t of [CONTOSO, FABRIKAM, NORTHWIND]) {
      await tenants.fill(t.name.split(' ')[0]!);
      await page.getByRole('option', { name: t.name, exact: true }).click();
    }
    await form.getByRole('button', { name: 'Add role' }).click();
    await expect(page.getByTestId('roles-notice')).toHaveText(`Added the role ${allowRole}.`);
    await expect(page.getByRole('grid', { name: 'Custom roles' }).getByRole('row', { name: new RegExp(allowRole) })).toContainText('Only 3 tenants');
    const stored = readDb((db) => db.prepare('SELECT tenant_scope AS s, scope_tenant_ids AS ids FROM custom_roles WHERE name = ?').get(allowRole)) as { s: string; ids: string };
    expect(stored.s).toBe('allow');
    expect((JSON.parse(stored.ids) as string[]).sort()).toEqual([CONTOSO.tenantId, FABRIKAM.tenantId, NORTHWIND.tenantId].sort());
  });

  test('its user sees only those tenants, and calls for a fourth are refused as not found and audited', async ({ browser }) => {
    addUser(allowUser, allowRole);
    const s = await signInFresh(browser, allowUser, password);
    const { page } = s;
    await expect(page.getByRole('heading', { name: 'Dashboard' })).toBeVisible();
    expect((await pickerOptions(page)).map((n) => n.split('\n')[0]).join('|')).toMatch(/^(?=.*Contoso Ltd)(?=.*Fabrikam Inc)(?=.*Northwind Traders)(?!.*Tailspin)/);
    expect(await pickerOptions(page)).toHaveLength(3);

    // All Tenants, its totals and its export: only the role's tenants.
    const list = (await (await page.request.get('/api/inventory/subscriptions?product=Scope%20Test')).json()) as { rows: Array<{ tenantId: string }>; total: number };
    expect(list.rows.map((r) => r.tenantId).sort()).toEqual([CONTOSO.tenantId, FABRIKAM.tenantId, NORTHWIND.tenantId].sort());
    expect(list.total).toBe(3);
    const csv = await (await page.request.get('/api/inventory/subscriptions/export?format=csv&product=Scope%20Test')).text();
    expect(csv).toContain(NORTHWIND.tenantId);
    expect(csv).not.toContain(TAILSPIN.tenantId);
    await page.goto('/tenant/licenses?tenantFilter=all&product=Scope%20Test');
    await expect(page.getByRole('grid')).toContainText('Northwind Traders');
    await expect(page.getByRole('grid')).not.toContainText('Tailspin Toys');

    // A page for the fourth tenant: as if it did not exist.
    await page.goto(`/tenant/licenses?tenantFilter=${TAILSPIN.domain}`);
    await expect(page.getByText('Tailspin Toys')).toHaveCount(0);

    // A route for the fourth tenant: 404, audited; the same route for an allowed tenant passes the scope.
    const before = refusals(allowUser, TAILSPIN.tenantId);
    const res = await page.request.get(`/api/tenants/${TAILSPIN.tenantId}/licenses`);
    expect(res.status()).toBe(404);
    expect(await res.json()).toMatchObject({ code: 'NOT_FOUND' });
    expect(refusals(allowUser, TAILSPIN.tenantId)).toBe(before + 1);
    const allowed = await page.request.get(`/api/tenants/${NORTHWIND.tenantId}/licenses`);
    expect(allowed.status()).toBe(200);

    // An action for the fourth tenant: refused as not found, audited, nothing sent.
    const action = await changeSeatsFor(page, TAILSPIN.tenantId);
    expect(action.status).toBeLessThan(500);
    expect(action.text).toContain('"code":"NOT_FOUND"');
    expect(refusals(allowUser, TAILSPIN.tenantId)).toBe(before + 2);
    await s.close();
  });

  test('a change of scope takes effect on the next request', async ({ browser }) => {
    const s = await signInFresh(browser, allowUser, password);
    await expect(s.page.getByRole('heading', { name: 'Dashboard' })).toBeVisible();
    writeDb((db) => db.prepare('UPDATE custom_roles SET scope_tenant_ids = ? WHERE name = ?').run(JSON.stringify([NORTHWIND.tenantId]), allowRole));
    await s.page.reload();
    expect(await pickerOptions(s.page)).toHaveLength(1);
    expect((await s.page.request.get(`/api/tenants/${CONTOSO.tenantId}/licenses`)).status()).toBe(404);
    await s.close();
  });
});

test.describe('a role blocked from one tenant', () => {
  test('sees every tenant but that one, and cannot reach it', async ({ browser }) => {
    writeDb((db) => db.prepare("INSERT INTO custom_roles (name, base_role, tenant_scope, scope_tenant_ids) VALUES (?, 'editor', 'block', ?)").run(blockRole, JSON.stringify([TAILSPIN.tenantId])));
    addUser(blockUser, blockRole);
    const total = readDb((db) => (db.prepare('SELECT count(*) AS n FROM tenants').get() as { n: number }).n);
    const s = await signInFresh(browser, blockUser, password);
    const { page } = s;
    await expect(page.getByRole('heading', { name: 'Dashboard' })).toBeVisible();
    const options = await pickerOptions(page);
    expect(options).toHaveLength(total - 1);
    expect(options.join('|')).not.toContain('Tailspin');
    const list = (await (await page.request.get('/api/inventory/subscriptions?product=Scope%20Test')).json()) as { rows: Array<{ tenantId: string }> };
    expect(list.rows.map((r) => r.tenantId)).not.toContain(TAILSPIN.tenantId);
    expect(list.rows).toHaveLength(3);
    const before = refusals(blockUser, TAILSPIN.tenantId);
    expect((await page.request.get(`/api/tenants/${TAILSPIN.tenantId}/licenses`)).status()).toBe(404);
    expect((await page.request.get(`/api/tenants/${NORTHWIND.tenantId}/licenses`)).status()).toBe(200);
    const action = await changeSeatsFor(page, TAILSPIN.tenantId);
    expect(action.text).toContain('"code":"NOT_FOUND"');
    expect(refusals(blockUser, TAILSPIN.tenantId)).toBe(before + 2);
    await s.close();
  });
});
