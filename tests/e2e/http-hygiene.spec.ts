// HTTP hygiene: security headers, session cookie flags, a CSP the app really works under,
// and generated secrets kept in the data folder with owner-only permissions.
import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from './support/fixtures';
import { password } from './support/auth';
import { dataDir } from './support/env';

test('pages carry the security headers', async ({ request }) => {
  const res = await request.get('/signin');
  const h = res.headers();
  expect(h['content-security-policy']).toContain("frame-ancestors 'none'");
  expect(h['content-security-policy']).toContain("default-src 'self'");
  expect(h['x-content-type-options']).toBe('nosniff');
  expect(h['referrer-policy']).toBe('strict-origin-when-cross-origin');
  expect(h['x-frame-options']).toBe('DENY');
  expect(h['x-powered-by']).toBeUndefined();
});

test('JSON routes carry a strict policy and the other security headers', async ({ request }) => {
  const res = await request.get('/api/renewals');
  const h = res.headers();
  expect(h['content-security-policy']).toContain("default-src 'none'");
  expect(h['content-security-policy']).toContain("frame-ancestors 'none'");
  expect(h['content-security-policy']).not.toContain('nonce-');
  expect(h['x-content-type-options']).toBe('nosniff');
  expect(h['x-frame-options']).toBe('DENY');
});

test('the app works under its CSP and the session cookie is HttpOnly and SameSite', async ({ page, context }) => {
  const violations: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
  });
  await page.goto('/signin');
  await page.getByLabel('Email').fill('editor@demo.local');
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Dashboard' })).toBeVisible();
  await page.getByRole('button', { name: /Switch to (dark|light) mode/ }).click();
  const session = (await context.cookies()).find((c) => c.name.includes('session-token'));
  expect(session, 'a session cookie').toBeDefined();
  expect(session!.httpOnly).toBe(true);
  expect(session!.sameSite).toBe('Lax');
  expect(violations).toEqual([]);
});

test('generated secrets live in the data folder, readable by the owner only', () => {
  for (const name of ['auth.secret', 'encryption.key']) {
    const file = path.join(dataDir(), name);
    expect(fs.existsSync(file), `${name} exists`).toBe(true);
    expect(fs.statSync(file).mode & 0o077).toBe(0);
  }
});
