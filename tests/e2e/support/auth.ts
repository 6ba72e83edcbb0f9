import { expect, test, type Browser, type Page } from '@playwright/test';

export const roles = ['superadmin', 'admin', 'editor', 'readonly', 'custom'] as const;
export type Role = (typeof roles)[number];

export const password = 'e2e-Password-123';
export const emailOf = (role: Role) => `${role}@demo.local`;
// Per app port, so runs of several builds side by side never share sessions.
export const authFile = (role: Role) => `test-results/.auth/${process.env.E2E_APP_PORT ?? '3310'}-${role}.json`;

/** Fills the sign-in form already open on `page` and sends it; what the page shows next is the caller's to check. */
export async function submitSignIn(page: Page, email: string, pass: string) {
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(pass);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
}

/** A new browser context with no cookies, its page open at /signin; `close` ends the context. */
export async function signInPage(browser: Browser) {
  const context = await browser.newContext({ baseURL: test.info().project.use.baseURL, storageState: { cookies: [], origins: [] } });
  const page = await context.newPage();
  await page.goto('/signin');
  return { context, page, close: () => context.close() };
}

/** Signs in as `email` in a new browser context of its own (or is refused: the caller checks which). */
export async function signInFresh(browser: Browser, email: string, pass: string) {
  const session = await signInPage(browser);
  await submitSignIn(session.page, email, pass);
  return session;
}

// Generous waits: password hashing is slow on a machine shared with other builds.
const slowExpect = expect.configure({ timeout: 40_000 });

/** After a password change: the old password is refused and the new one signs in. */
export async function expectOnlyNewPasswordSignsIn(browser: Browser, email: string, oldPassword: string, newPassword: string) {
  const old = await signInFresh(browser, email, oldPassword);
  await slowExpect(old.page.getByText('Wrong email or password.')).toBeVisible();
  await old.close();
  const fresh = await signInFresh(browser, email, newPassword);
  await slowExpect(fresh.page.getByRole('heading', { name: 'Dashboard' })).toBeVisible();
  await fresh.close();
}

export async function signInAs(page: Page, role: Role) {
  await page.goto('/signin');
  await submitSignIn(page, emailOf(role), password);
  await slowExpect(page.getByRole('heading', { name: 'Dashboard' })).toBeVisible();
}
