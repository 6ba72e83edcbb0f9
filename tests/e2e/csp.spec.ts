// A nonce-based Content-Security-Policy: no 'unsafe-inline' for scripts, and every page still works under it.
import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { authFile, emailOf, password } from './support/auth';

const directive = (csp: string, name: string) =>
  csp
    .split(';')
    .map((d) => d.trim())
    .find((d) => d.startsWith(`${name} `)) ?? '';

// Every CSP refusal the browser reports ("Refused to execute/load/apply ...") and every uncaught error.
function watchViolations(page: Page): string[] {
  const seen: string[] = [];
  page.on('console', (m) => {
    if (/Refused to|Content Security Policy/i.test(m.text())) seen.push(`${page.url()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => seen.push(`${page.url()}: ${e.message}`));
  return seen;
}

test('each page carries a fresh nonce in its CSP, scripts allowed by nonce only, and no HSTS over http', async ({ request }) => {
  const nonces: string[] = [];
  for (let i = 0; i < 2; i++) {
    const res = await request.get('/signin');
    const csp = res.headers()['content-security-policy'] ?? '';
    const scripts = directive(csp, 'script-src');
    const nonce = /'nonce-([A-Za-z0-9+/=]+)'/.exec(scripts)?.[1];
    expect(nonce, `a nonce in ${scripts}`).toBeTruthy();
    expect(scripts).not.toContain('unsafe-inline');
    expect(scripts).not.toContain('unsafe-eval');
    expect(csp).toContain("frame-ancestors 'none'");
    // Next put the same nonce on the page's own inline scripts.
    const html = await res.text();
    expect(html).toContain(`nonce="${nonce}"`);
    expect(res.headers()['strict-transport-security']).toBeUndefined(); // AUTH_URL is not https here
    nonces.push(nonce!);
  }
  expect(nonces[0]).not.toBe(nonces[1]);
});

test('signing in and using the app under the CSP raises no violation', async ({ browser }) => {
  const context = await browser.newContext({ baseURL: test.info().project.use.baseURL, storageState: { cookies: [], origins: [] } });
  const page = await context.newPage();
  const violations = watchViolations(page);
  await page.goto('/signin');
  await page.getByLabel('Email').fill(emailOf('editor'));
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Dashboard' })).toBeVisible();
  // A client-side control: only works when React hydrated under the policy.
  const toggle = page.getByRole('button', { name: /Switch to (dark|light) mode/ });
  const before = await toggle.getAttribute('aria-label');
  await toggle.click();
  await expect(toggle).not.toHaveAttribute('aria-label', before!);
  expect(violations).toEqual([]);
  await context.close();
});

test.describe('as superadmin', () => {
  test.use({ storageState: authFile('superadmin') });
  const pages = [
    ['/tenant/licenses?tenantFilter=contoso.onmicrosoft.com', 'CSP Licenses'],
    ['/tenant/add-subscription?tenantFilter=contoso.onmicrosoft.com', 'Add Subscription'],
    ['/tenant/catalog?tenantFilter=contoso.onmicrosoft.com', 'Catalog'],
    ['/tenant/orders?tenantFilter=contoso.onmicrosoft.com', 'Orders'],
    ['/settings/integrations/ingram', 'Ingram Micro'],
    ['/settings/mappings', 'Tenant Mapping'],
    ['/settings/tenants', 'Tenants'],
    ['/settings/users', 'Users & Roles'],
    ['/settings/logs', 'Logs'],
  ] as const;

  test('every page renders without a CSP violation', async ({ page }) => {
    const violations = watchViolations(page);
    for (const [url, heading] of pages) {
      await page.goto(url);
      await expect(page.getByRole('heading', { name: heading }).first()).toBeVisible();
      await page.waitForLoadState('networkidle');
    }
    // Client-side navigation loads chunks through 'strict-dynamic'.
    await page.getByRole('link', { name: 'Mappings' }).click(); // the navigation's label
    await expect(page.getByRole('heading', { name: 'Tenant Mapping' })).toBeVisible();
    expect(violations).toEqual([]);
  });
});
