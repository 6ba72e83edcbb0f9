// Sign-in, sign-out, the rate limit on failed sign-ins, and what each role sees in the navigation.
import { expect, test } from './support/fixtures';
import { authFile, emailOf, password, signInPage, submitSignIn, type Role } from './support/auth';
import { readDb } from './support/env';

const tenantPages = ['CSP Licenses', 'Renewals', 'Reclaim Planner', 'Add Subscription', 'Catalog', 'Orders', 'Approvals'];
const expectedNav: Record<Exclude<Role, 'custom'> | 'custom', string[]> = {
  readonly: [...tenantPages, 'Mappings'],
  editor: [...tenantPages, 'Mappings'],
  custom: [...tenantPages, 'Mappings'], // "Billing Viewer" has the editor level
  admin: [...tenantPages, 'Integrations', 'Mappings', 'Tenants', 'Alerts', 'Logs'],
  superadmin: [...tenantPages, 'Integrations', 'Mappings', 'Tenants', 'Users & Roles', 'Alerts', 'Logs'],
};

const failuresFor = (username: string) => readDb((db) => (db.prepare('select count(*) as n from sign_in_failures where username = ?').get(username) as { n: number }).n);

test('signing in with the right password opens the dashboard', async ({ browser }) => {
  const { context, page } = await signInPage(browser);
  await submitSignIn(page, emailOf('editor'), password);
  await expect(page.getByRole('heading', { name: 'Dashboard' })).toBeVisible();
  await expect(page.getByTestId('current-user')).toHaveText('Erin Editor');
  await context.close();
});

test('a wrong password is refused with a clear message and no session', async ({ browser }) => {
  const { context, page } = await signInPage(browser);
  await submitSignIn(page, emailOf('readonly'), 'not-the-password');
  await expect(page.getByText('Wrong email or password.')).toBeVisible();
  await page.goto('/');
  await expect(page).toHaveURL(/\/signin/);
  await context.close();
});

test('signing out ends the session', async ({ browser }) => {
  const { context, page } = await signInPage(browser);
  await submitSignIn(page, emailOf('readonly'), password);
  await expect(page.getByRole('heading', { name: 'Dashboard' })).toBeVisible();
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/\/signin/);
  await page.goto('/tenant/licenses');
  await expect(page).toHaveURL(/\/signin\?callbackUrl=%2Ftenant%2Flicenses/);
  await expect(page.getByRole('button', { name: 'Sign in', exact: true })).toBeVisible();
  await context.close();
});

test('after 5 failed sign-ins a user name is locked', async ({ browser }) => {
  const username = `nobody-${Date.now()}@demo.local`;
  const { context, page } = await signInPage(browser);
  for (let i = 1; i <= 5; i++) {
    await submitSignIn(page, username, `wrong-${i}`);
    await expect.poll(() => failuresFor(username)).toBe(i);
    await expect(page.getByText('Wrong email or password.')).toBeVisible();
  }
  await submitSignIn(page, username, 'wrong-6');
  await expect(page.getByText('Too many failed sign-ins for this account. Wait 15 minutes and try again.')).toBeVisible();
  // The lock is per user name: another account still signs in.
  await submitSignIn(page, emailOf('editor'), password);
  await expect(page.getByRole('heading', { name: 'Dashboard' })).toBeVisible();
  await context.close();
});

for (const role of ['readonly', 'editor', 'custom', 'admin', 'superadmin'] as const) {
  test.describe(`navigation for ${role}`, () => {
    test.use({ storageState: authFile(role) });
    test(`shows only what ${role} may use`, async ({ page }) => {
      await page.goto('/');
      const nav = page.getByRole('navigation', { name: 'Main navigation' });
      await expect(nav.getByRole('link').first()).toBeVisible();
      expect(await nav.getByRole('link').allInnerTexts()).toEqual(expectedNav[role]);
    });
  });
}

test.describe('admin pages opened by URL', () => {
  test.use({ storageState: authFile('editor') });
  test('an editor who types the address gets a refusal, not the page', async ({ page }) => {
    for (const [path, text] of [
      ['/settings/tenants', 'Only an admin can manage the tenant list.'],
      ['/settings/logs', 'Only an admin can read the audit log.'],
      ['/settings/users', 'Only a superadmin can manage users and roles.'],
    ]) {
      await page.goto(path!);
      await expect(page.getByText(text!)).toBeVisible();
      await expect(page.getByRole('grid')).toHaveCount(0);
    }
    const csv = await page.request.get('/settings/logs/export');
    expect(csv.status()).toBe(403);
  });
});
