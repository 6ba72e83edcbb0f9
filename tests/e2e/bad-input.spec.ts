// Bad input: every server action, called directly by a role allowed to use it, with malformed
// and hostile arguments (wrong types, missing fields, huge, negative and fractional numbers,
// 100,000-character strings, script tags, SQL, other tenants' ids). Each call is refused with
// a message, nothing changes and nothing answers 500. Markup from the API is shown as text.
import fs from 'node:fs';
import { request as playwrightRequest } from '@playwright/test';
import { actionsInCode } from './support/code-inventory';
import { expect, test } from './support/fixtures';
import { matrixSuite } from './support/matrix-suite';
import { authFile, type Role } from './support/auth';
import { OTHER_TENANT, dbSnapshot, mapTenants, sandboxWrites } from './support/matrix-env';
import { actionCaller, hostileCases, resultOf } from './support/matrix-hostile';
import { actionRows, routeRows, type MatrixWorld } from './support/matrix-rows';

const APP = `http://127.0.0.1:${process.env.E2E_APP_PORT ?? 3310}`;
const REFUSALS = ['VALIDATION', 'NOT_FOUND', 'FORBIDDEN', 'CONFLICT'];

// Not serial: one row's failure must not hide the others'.
test.setTimeout(180_000);

const matrix = matrixSuite(() => mapTenants([OTHER_TENANT]));

test('every action in the code has hostile-input cases', () => {
  expect(Object.keys(actionRows).sort()).toEqual(
    actionsInCode()
      .map((a) => a.name)
      .sort(),
  );
});

for (const [name, row] of Object.entries(actionRows)) {
  test(`${name}: hostile input is refused with a message and changes nothing`, async () => {
    const target = matrix.targets.get(name)!;
    const caller = await actionCaller(APP, row.allowed);
    const db = dbSnapshot();
    const writes = await sandboxWrites();
    const wrong: string[] = [];
    try {
      const cases = [...hostileCases(row.args(matrix.world), row.freeText), ...(row.crossTenant?.(matrix.world) ?? [])];
      for (const c of cases) {
        const res = await caller.call(target, c.args);
        const result = resultOf(res.text);
        const refused = res.status < 500 && result?.ok === false && REFUSALS.includes(result.code ?? '') && !!result.error;
        if (!refused) wrong.push(`${c.label}: HTTP ${res.status} ${res.text.slice(0, 300)}`);
      }
    } finally {
      await caller.dispose();
    }
    expect(wrong, `${name} as ${row.allowed}: hostile calls not refused`).toEqual([]);
    expect(dbSnapshot(), `${name}: nothing changed in the database`).toEqual(db);
    expect(await sandboxWrites(), `${name}: nothing was sent to Ingram`).toEqual(writes);
  });
}

async function getAs(role: Role, url: string) {
  const ctx = await playwrightRequest.newContext({ baseURL: APP, storageState: JSON.parse(fs.readFileSync(authFile(role), 'utf8')) });
  try {
    const res = await ctx.get(url, { maxRedirects: 0 });
    return { status: res.status(), type: res.headers()['content-type'] ?? '', text: await res.text() };
  } finally {
    await ctx.dispose();
  }
}

for (const [pattern, row] of Object.entries(routeRows).filter(([, r]) => r.hostile || r.crossTenant)) {
  const cases = (w: MatrixWorld) => [...(row.hostile?.(w) ?? []), ...(row.crossTenant?.(w) ?? [])];
  test(`GET ${pattern}: hostile and cross-tenant URLs are refused with a message and change nothing`, async () => {
    const db = dbSnapshot();
    const writes = await sandboxWrites();
    const wrong: string[] = [];
    for (const c of cases(matrix.world)) {
      const res = await getAs(row.allowed, c.url);
      const body = res.type.includes('application/json') ? (JSON.parse(res.text) as { code?: string; error?: string }) : undefined;
      const refused = res.status >= 400 && res.status < 500 && REFUSALS.includes(body?.code ?? '') && !!body?.error;
      if (!refused) wrong.push(`${c.label}: HTTP ${res.status} ${res.text.slice(0, 300)}`);
    }
    expect(wrong, `${pattern} as ${row.allowed}: hostile reads not refused`).toEqual([]);
    expect(dbSnapshot(), `${pattern}: nothing changed in the database`).toEqual(db);
    expect(await sandboxWrites(), `${pattern}: nothing was sent to Ingram`).toEqual(writes);
  });
}

test.describe('markup from the API', () => {
  test.use({ storageState: authFile('readonly') });
  test('a product named with <b> and <script> is shown as text on the Catalog page', async ({ page }) => {
    let dialogs = 0;
    page.on('dialog', (d) => {
      dialogs += 1;
      void d.dismiss();
    });
    await page.goto('/tenant/catalog');
    await page.getByLabel('Search products by name, MPN or vendor').fill('SBX-MARKUP');
    await page.getByLabel('Search products by name, MPN or vendor').press('Enter');
    await expect(page).toHaveURL(/q=SBX-MARKUP/);
    await expect(page.getByText('Contoso <b>Bold</b> Add-on <script>alert(1)</script>').first()).toBeVisible();
    await expect(page.locator('main b', { hasText: 'Bold' })).toHaveCount(0);
    expect(dialogs).toBe(0);
  });
});
