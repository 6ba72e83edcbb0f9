// Issue 14.3 and 14.4: sessions end on the server (a copied cookie is refused after sign-out, a
// password reset, disabling), and the sign-in lock holds under parallel attempts until unlocked.
import bcrypt from 'bcryptjs';
import { type Browser, type BrowserContext } from '@playwright/test';
import { expect as baseExpect, test } from './support/fixtures';
import { authFile, signInFresh, submitSignIn } from './support/auth';
import { readDb } from './support/env';
import { writeDb } from './support/matrix-env';
import { confirmFromList, setPasswordFor } from './support/users-page';

const expect = baseExpect.configure({ timeout: 40_000 });
test.describe.configure({ mode: 'serial', timeout: 180_000 });

const PASSWORD = 'Session-Test-Pass-77';
const appOrigin = () => new URL(test.info().project.use.baseURL!).origin;
let n = 0;

/** A fresh user straight in the database (the Users page has its own tests). */
function newUser(): string {
  const email = `sess-${Date.now()}-${++n}@demo.local`;
  const hash = bcrypt.hashSync(PASSWORD, 4);
  writeDb((db) => db.prepare("insert into users (id, email, name, role, password_hash) values (?, ?, 'Sam Session', 'readonly', ?)").run(crypto.randomUUID(), email, hash));
  return email;
}

async function signedIn(browser: Browser, email: string): Promise<BrowserContext> {
  const { context, page } = await signInFresh(browser, email, PASSWORD);
  await expect(page.getByRole('heading', { name: 'Dashboard' })).toBeVisible();
  return context;
}

/** A new browser holding only a copy of another's cookies: is it still signed in? */
async function copiedCookieStillWorks(browser: Browser, cookies: Awaited<ReturnType<BrowserContext['cookies']>>) {
  const context = await browser.newContext({ baseURL: appOrigin(), storageState: { cookies, origins: [] } });
  const session = await (await context.request.get('/api/auth/session')).json();
  const page = await context.newPage();
  await page.goto('/');
  const onSignIn = /\/signin/.test(page.url());
  await context.close();
  return { session, onSignIn };
}

test('an old cookie is refused after sign-out', async ({ browser }) => {
  const context = await signedIn(browser, newUser());
  const cookies = await context.cookies();
  expect((await copiedCookieStillWorks(browser, cookies)).onSignIn).toBe(false);
  const page = context.pages()[0]!;
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/\/signin/);
  expect(await copiedCookieStillWorks(browser, cookies)).toEqual({ session: null, onSignIn: true });
  await context.close();
});

test.describe('as a superadmin', () => {
  test.use({ storageState: authFile('superadmin') });

  test('an old cookie is refused after a password reset, and a disabled user has no session', async ({ page, browser }) => {
    const email = newUser();
    const user = await signedIn(browser, email);
    const cookies = await user.cookies();
    await page.goto('/settings/users');
    await setPasswordFor(page, email, 'Another-Pass-Word-88');
    await expect(page.getByTestId('users-notice')).toHaveText(`Set a new password for ${email}.`);
    expect(await copiedCookieStillWorks(browser, cookies)).toEqual({ session: null, onSignIn: true });
    await user.close();

    const other = newUser();
    const disabled = await signedIn(browser, other);
    await page.reload();
    await confirmFromList(page, `Disable ${other}`, `Disable ${other}?`, 'Disable user');
    await expect(page.getByTestId('users-notice')).toHaveText(`Disabled ${other}.`);
    expect(await (await disabled.request.get('/api/auth/session')).json()).toBeNull();
    await disabled.close();
  });

  test('12 parallel sign-ins with the right password among them stay locked until a superadmin unlocks', async ({ page, browser, playwright }) => {
    const email = newUser();
    const api = await playwright.request.newContext({ baseURL: appOrigin() });
    const { csrfToken } = (await (await api.get('/api/auth/csrf')).json()) as { csrfToken: string };
    const passwords = Array.from({ length: 12 }, (_, i) => (i === 6 ? PASSWORD : `Wrong-Guess-${i}`));
    await Promise.all(passwords.map((p) => api.post('/api/auth/callback/credentials', { form: { email, password: p, csrfToken, callbackUrl: '/' }, maxRedirects: 0 })));
    await api.dispose();
    const audit = readDb((db) => db.prepare("select result, count(*) as n from audit_log where action = 'auth.signin' and target = ? group by result").all(email)) as Array<{
      result: string;
      n: number;
    }>;
    const count = (r: string) => audit.find((a) => a.result === r)?.n ?? 0;
    // Only as many passwords were checked as the limit allows; the rest were refused unchecked.
    expect(count('failure') + count('success')).toBeLessThanOrEqual(5);
    expect(count('refused')).toBeGreaterThanOrEqual(7);

    const { context, page: user } = await signInFresh(browser, email, PASSWORD);
    await expect(user.getByText('Too many failed sign-ins for this account. Wait 15 minutes and try again.')).toBeVisible();

    await page.goto('/settings/users');
    await page.getByRole('button', { name: `Unlock ${email}` }).click();
    await expect(page.getByTestId('users-notice')).toHaveText(`Unlocked ${email}: they can sign in again.`);
    expect(
      readDb((db) => db.prepare("select count(*) as n from audit_log where action = 'users.unlock' and target = ? and result = 'success' and user_email = 'superadmin@demo.local'").get(email)),
    ).toEqual({ n: 1 });
    await submitSignIn(user, email, PASSWORD);
    await expect(user.getByRole('heading', { name: 'Dashboard' })).toBeVisible();
    await context.close();
  });
});
