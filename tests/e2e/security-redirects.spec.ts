// Issue 14.2: no open redirect. A callbackUrl pointing elsewhere, in any disguise, lands on the app:
// both the signed-in redirect from /signin and the redirect after a successful sign-in.
import { expect, test } from './support/fixtures';
import { authFile, emailOf, password } from './support/auth';

const HOSTILE = ['/\\evil.example', '//evil.example', '/%09/evil.example', 'https://evil.example'];
const appOrigin = () => new URL(test.info().project.use.baseURL!).origin;

test.describe('signed in', () => {
  test.use({ storageState: authFile('editor') });

  for (const target of HOSTILE) {
    test(`/signin?callbackUrl=${target} stays on the app`, async ({ page }) => {
      await page.goto(`/signin?callbackUrl=${encodeURIComponent(target)}`);
      await expect(page.getByRole('heading', { name: 'Dashboard' })).toBeVisible();
      expect(new URL(page.url()).origin).toBe(appOrigin());
    });
  }

  test('a path on the app is still followed', async ({ page }) => {
    await page.goto(`/signin?callbackUrl=${encodeURIComponent('/tenant/catalog')}`);
    await expect(page).toHaveURL(/\/tenant\/catalog$/);
  });
});

test('after signing in, each hostile callbackUrl lands on the app', async ({ browser }) => {
  test.setTimeout(120_000);
  for (const target of HOSTILE) {
    const context = await browser.newContext({ baseURL: appOrigin(), storageState: { cookies: [], origins: [] } });
    const page = await context.newPage();
    await page.goto(`/signin?callbackUrl=${encodeURIComponent(target)}`);
    await page.getByLabel('Email').fill(emailOf('readonly'));
    await page.getByLabel('Password').fill(password);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await expect(page.getByRole('heading', { name: 'Dashboard' }), target).toBeVisible();
    expect(new URL(page.url()).origin, target).toBe(appOrigin());
    await context.close();
  }
});
