// The role matrix, black-box: every server action and route handler of the app, called the way
// the browser calls it with the session of every role that must not use it (and with none).
// Each call must be refused, change nothing (database and upstream writes) and leave a refused
// row in the audit log. The rows are checked against the code, so a new action needs a row.
import fs from 'node:fs';
import { request as playwrightRequest } from '@playwright/test';
import { callActionWith, expectRefused } from './support/actions';
import { authFile, type Role } from './support/auth';
import { actionsInCode, allRoutesInCode, routesInCode } from './support/code-inventory';
import { expect, test } from './support/fixtures';
import { matrixSuite } from './support/matrix-suite';
import { argKeys, captureActionId, readSent } from './support/matrix-capture';
import { COHO, NORTHWIND, dbSnapshot, readDbRow, refusedRows, sandboxWrites, writeDb } from './support/matrix-env';
import { requestFor } from './support/matrix-manifest';
import { actionRows, routeRows, type Caller } from './support/matrix-rows';

const APP = `http://127.0.0.1:${process.env.E2E_APP_PORT ?? 3310}`;

// Not serial: one row's failure must not hide the others'.
test.setTimeout(180_000);

// The top-bar capture makes readonly remember Coho Winery; later suites expect no remembered tenant.
const matrix = matrixSuite(() => {
  const remembered = readDbRow<{ t: string | null }>("SELECT last_tenant_id AS t FROM users WHERE email = 'readonly@demo.local'").t;
  return () => writeDb((db) => db.prepare("UPDATE users SET last_tenant_id = ? WHERE email = 'readonly@demo.local'").run(remembered));
});

test('every action and route handler in the code has exactly one matrix row', () => {
  const inCode = actionsInCode()
    .map((a) => a.name)
    .sort();
  expect(Object.keys(actionRows).sort(), 'actions without a row, or rows without an action').toEqual(inCode);
  expect([...matrix.targets.keys()].sort(), 'every action is in the build under test').toEqual(inCode);
  const routes = allRoutesInCode().sort();
  for (const r of routesInCode()) expect(routes).toContain(r);
  expect(Object.keys(routeRows).sort(), 'route handlers without a row').toEqual(routes);
});

/** The browser's own requests: same action id as the manifest says, same argument shape as the rows. */
test.describe('the browser sends what the rows send', () => {
  const expectShape = (name: string, body: string) =>
    expect(argKeys(body), `${name}: hand-made arguments have the browser's shape`).toEqual(argKeys(JSON.stringify(actionRows[name]!.args(matrix.world))));

  test.describe('readonly', () => {
    test.use({ storageState: authFile('readonly') });
    test('picking a tenant in the top bar remembers it', async ({ page }) => {
      await page.goto('/');
      const id = matrix.targets.get('profile.rememberTenant')!.id;
      const sent = await captureActionId(page, id, async () => {
        await page.getByRole('combobox', { name: 'Tenant' }).click();
        await page.getByRole('option', { name: new RegExp(COHO.name) }).click();
      });
      expectShape('profile.rememberTenant', sent.body);
      await expect.poll(() => readDbRow<{ t: string }>("SELECT last_tenant_id AS t FROM users WHERE email = 'readonly@demo.local'").t).toBe(COHO.tenantId);
    });
  });

  test.describe('admin', () => {
    test.use({ storageState: authFile('admin') });
    test('adding a tenant', async ({ page }) => {
      await page.goto('/settings/tenants');
      await page.getByRole('button', { name: 'Add tenant' }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByLabel('Tenant id').fill('5b1f7c1e-9d1a-4e55-8f0b-6f4f7d2a9c11');
      await dialog.getByLabel('Display name').fill('Matrix Allowed Tenant');
      await dialog.getByLabel('Default domain').fill('matrixallowed.onmicrosoft.com');
      const sent = await captureActionId(page, matrix.targets.get('tenants.add')!.id, () => dialog.getByRole('button', { name: 'Add tenant' }).click());
      expectShape('tenants.add', sent.body);
      await expect(page.getByRole('grid', { name: 'Tenants' })).toContainText('Matrix Allowed Tenant');
    });
  });

  test.describe('editor', () => {
    test.use({ storageState: authFile('editor') });
    test('adding a seat on the CSP Licenses page: context and estimate read by GET, the change order the only action', async ({ page }) => {
      // Next sends server actions one at a time: a read sent as an action would hold the click up.
      const actionsSent: string[] = [];
      page.on('request', (req) => {
        const id = req.headers()['next-action'];
        if (req.method() === 'POST' && id) actionsSent.push([...matrix.targets.values()].find((t) => t.id === id)?.name ?? id);
      });
      await page.goto(`/tenant/licenses?tenantFilter=${NORTHWIND.domain}`);
      const product = matrix.world.northwindSub.name;
      await page.getByRole('button', { name: `Actions for ${product}`, exact: true }).click();
      // The dialog reads its context, then prices the default of 1 seat at once: wait for both before the click.
      const contextSent = readSent(page, '/context');
      const estimateSent = readSent(page, '/estimate');
      await page.getByRole('menuitem', { name: 'Add seats' }).click();
      expect(await contextSent, "the change context is the row's URL").toBe(routeRows['/api/tenants/[tenantId]/subscriptions/[subscriptionId]/context']!.url(matrix.world));
      const dialog = page.getByRole('dialog');
      await dialog.getByLabel('Number of seats').fill('1');
      expect(await estimateSent, "the estimate is the row's URL").toBe(routeRows['/api/tenants/[tenantId]/subscriptions/[subscriptionId]/estimate']!.url(matrix.world));
      await expect(dialog.getByTestId('estimate')).toContainText('$');
      const change = await captureActionId(page, matrix.targets.get('licenses.changeSeats')!.id, () => dialog.getByRole('button', { name: 'Add seats' }).click());
      expectShape('licenses.changeSeats', change.body);
      await expect(dialog).toBeHidden();
      await expect(page.getByRole('row').filter({ hasText: product })).toContainText(/Seat increase in progress \(SO-\d{4}-\d+\)/);
      expect(actionsSent, 'no read went through a server action').toEqual(['licenses.changeSeats']);
    });
  });
});

const codeFor = (caller: Caller) => (caller === 'anonymous' ? 'UNAUTHENTICATED' : 'FORBIDDEN');

for (const [name, row] of Object.entries(actionRows)) {
  test(`${name}: allowed for ${row.allowed}, refused for ${row.refused.join(', ')}`, async () => {
    const target = matrix.targets.get(name);
    expect(target, `${name} is in the build's server-reference manifest`).toBeDefined();
    // The allowed role gets past the role checks: a broken argument list is a validation refusal, not FORBIDDEN.
    const control = await callActionWith(requestFor(target!, APP, []), row.allowed, ['not an object']);
    expect(control.status).toBeLessThan(500);
    expect(control.text, `${row.allowed} may call ${name}`).toContain('"code":"VALIDATION"');

    const db = dbSnapshot();
    const writes = await sandboxWrites();
    for (const caller of row.refused) {
      const audited = refusedRows(name, caller);
      const res = await callActionWith(requestFor(target!, APP, []), caller, row.args(matrix.world));
      expectRefused(res, codeFor(caller));
      expect(refusedRows(name, caller), `${name} as ${caller}: one refused audit row`).toBe(audited + 1);
    }
    expect(dbSnapshot(), `${name}: refused calls changed nothing in the database`).toEqual(db);
    expect(await sandboxWrites(), `${name}: refused calls sent nothing to Ingram`).toEqual(writes);
  });
}

async function getAs(caller: Caller, url: string) {
  const storageState = caller === 'anonymous' ? undefined : JSON.parse(fs.readFileSync(authFile(caller as Role), 'utf8'));
  const ctx = await playwrightRequest.newContext({ baseURL: APP, storageState });
  try {
    const res = await ctx.get(url, { maxRedirects: 0 });
    return { status: res.status(), headers: res.headers(), text: await res.text() };
  } finally {
    await ctx.dispose();
  }
}

for (const [pattern, row] of Object.entries(routeRows)) {
  test(`GET ${pattern}: allowed for ${row.allowed}, refused for ${row.refused.join(', ')}`, async () => {
    const url = row.url(matrix.world);
    const allowed = await getAs(row.allowed, url);
    expect([401, 403, 500], `${row.allowed} may read ${pattern}`).not.toContain(allowed.status);
    expect(allowed.status, `the row's URL for ${pattern} is valid`).not.toBe(400);
    const audit = `route:GET ${pattern}`;
    for (const caller of row.refused) {
      const audited = refusedRows(audit, caller);
      const res = await getAs(caller, url);
      if (caller === 'anonymous' && !pattern.startsWith('/api/')) {
        // Pages (and route handlers among them) send a signed-out visitor to sign in before anything runs.
        expect(res.status).toBe(307);
        expect(res.headers.location).toContain('/signin');
        continue;
      }
      expect(res.status, `${pattern} as ${caller}`).toBe(caller === 'anonymous' ? 401 : 403);
      expect(res.headers['content-type']).toContain('application/json');
      const body = JSON.parse(res.text) as Record<string, unknown>;
      expect(Object.keys(body).sort(), 'a refusal carries no data').toEqual(['code', 'error']);
      expect(body.code).toBe(codeFor(caller));
      expect(refusedRows(audit, caller), `${pattern} as ${caller}: one refused audit row`).toBe(audited + 1);
    }
  });
}

test('the refused rows name the role that was refused', () => {
  const row = readDbRow<{ role: string; message: string }>(
    "SELECT role, message FROM audit_log WHERE action = 'licenses.changeSeats' AND result = 'refused' AND user_email = 'custom@demo.local' ORDER BY id DESC LIMIT 1",
  );
  expect(row.role).toBe('Billing Viewer');
  expect(row.message).toContain('Allowed roles: Admin, Super admin, Editor');
});
