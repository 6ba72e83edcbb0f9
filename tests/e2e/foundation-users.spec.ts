// Users & Roles as a superadmin uses it, with the server's guards: a superadmin always
// remains, and a custom role still held by users is not removed.
import { type Page } from '@playwright/test';
import { expect as baseExpect, test } from './support/fixtures';
import { authFile, expectOnlyNewPasswordSignsIn, signInFresh } from './support/auth';
import { readDb } from './support/env';
import { confirmFromList, setPasswordFor } from './support/users-page';

// Generous waits: password hashing is slow on a machine shared with other builds.
const expect = baseExpect.configure({ timeout: 40_000 });
test.describe.configure({ mode: 'serial', timeout: 180_000 });
test.use({ storageState: authFile('superadmin') });

const stamp = Date.now();
const roleName = `Auditors ${stamp}`;
const email = `new-user-${stamp}@demo.local`;
const firstPassword = 'First-Password-123';
const secondPassword = 'Second-Password-456';

const userRow = (address: string) => readDb((db) => db.prepare('select role, disabled, name from users where email = ?').get(address)) as { role: string; disabled: number; name: string } | undefined;

async function chooseRole(page: Page, scope: ReturnType<Page['getByRole']>, label: string, option: string) {
  await scope.getByRole('combobox', { name: label }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

test('adds a custom role and a user holding it, who then signs in with that level', async ({ page, browser }) => {
  await page.goto('/settings/users');
  const form = page.getByRole('form', { name: 'Add custom role' });
  await form.getByLabel('Role name').fill(roleName);
  await chooseRole(page, form, 'Base permission level', 'Read only');
  await form.getByRole('button', { name: 'Add role' }).click();
  await expect(page.getByTestId('roles-notice')).toHaveText(`Added the role ${roleName}.`);
  await expect(page.getByRole('grid', { name: 'Custom roles' }).getByRole('row', { name: new RegExp(roleName) })).toContainText('Read only');

  await page.getByRole('button', { name: 'Add user' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add user' });
  await dialog.getByLabel('Email').fill('not-an-email');
  await dialog.getByLabel('Password').fill('short');
  await dialog.getByRole('button', { name: 'Add user' }).click();
  await expect(dialog.getByText('Not an email address')).toBeVisible();
  await expect(dialog.getByText('Enter a name')).toBeVisible();
  await expect(dialog.getByText('At least 12 characters')).toBeVisible();
  await dialog.getByLabel('Email').fill(email);
  await dialog.getByLabel('Name').fill('New Person');
  await chooseRole(page, dialog, 'Role', `${roleName} (as Read only)`);
  await dialog.getByLabel('Password').fill(firstPassword);
  await dialog.getByRole('button', { name: 'Add user' }).click();
  await expect(page.getByTestId('users-notice')).toHaveText(`Added ${email}.`);
  expect(userRow(email)).toMatchObject({ role: roleName, disabled: 0 });

  const signedIn = await signInFresh(browser, email, firstPassword);
  await expect(signedIn.page.getByRole('heading', { name: 'Dashboard' })).toBeVisible();
  await expect(signedIn.page.getByTestId('current-role')).toHaveText(roleName);
  const nav = signedIn.page.getByRole('navigation', { name: 'Main navigation' });
  await expect(nav.getByRole('link', { name: 'Orders' })).toBeVisible();
  await expect(nav.getByRole('link', { name: 'Tenants' })).toHaveCount(0);
  await signedIn.close();
});

test('a role still held by a user is not removed, and the reason is shown', async ({ page }) => {
  await page.goto('/settings/users');
  await page.getByRole('button', { name: `Remove role ${roleName}` }).click();
  const dialog = page.getByRole('dialog', { name: `Remove the role ${roleName}?` });
  await dialog.getByRole('button', { name: 'Remove role' }).click();
  await expect(dialog.getByTestId('action-error')).toContainText(`The role "${roleName}" is still held by 1 user (${email}). Give them another role first.`);
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  expect(readDb((db) => db.prepare('select count(*) as n from custom_roles where name = ?').get(roleName)) as { n: number }).toEqual({ n: 1 });
});

test('sets a password, changes the role, then the unused role can be removed', async ({ page, browser }) => {
  await page.goto('/settings/users');
  await setPasswordFor(page, email, secondPassword);
  await expect(page.getByTestId('users-notice')).toHaveText(`Set a new password for ${email}.`);

  await expectOnlyNewPasswordSignsIn(browser, email, firstPassword, secondPassword);

  await page.getByRole('button', { name: `Edit ${email}` }).click();
  const edit = page.getByRole('dialog', { name: `Edit ${email}` });
  await chooseRole(page, edit, 'Role', 'Editor');
  await edit.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByTestId('users-notice')).toHaveText(`Saved ${email}.`);
  expect(userRow(email)?.role).toBe('editor');

  await confirmFromList(page, `Remove role ${roleName}`, `Remove the role ${roleName}?`, 'Remove role');
  await expect(page.getByTestId('roles-notice')).toHaveText(`Removed the role ${roleName}.`);
  expect(readDb((db) => db.prepare('select count(*) as n from custom_roles where name = ?').get(roleName)) as { n: number }).toEqual({ n: 0 });
});

test('a disabled user can no longer sign in; enabled again, they can', async ({ page, browser }) => {
  await page.goto('/settings/users');
  await confirmFromList(page, `Disable ${email}`, `Disable ${email}?`, 'Disable user');
  await expect(page.getByTestId('users-notice')).toHaveText(`Disabled ${email}.`);
  expect(userRow(email)?.disabled).toBe(1);
  const refused = await signInFresh(browser, email, secondPassword);
  await expect(refused.page.getByText('Wrong email or password.')).toBeVisible();
  await refused.close();

  await confirmFromList(page, `Enable ${email}`, `Enable ${email}?`, 'Enable user');
  await expect(page.getByTestId('users-notice')).toHaveText(`Enabled ${email}.`);
  const back = await signInFresh(browser, email, secondPassword);
  await expect(back.page.getByRole('heading', { name: 'Dashboard' })).toBeVisible();
  await back.close();
});

test('the last enabled superadmin cannot be demoted or disabled', async ({ page }) => {
  await page.goto('/settings/users');
  const superEmail = 'superadmin@demo.local';
  await page.getByRole('button', { name: `Edit ${superEmail}` }).click();
  const edit = page.getByRole('dialog', { name: `Edit ${superEmail}` });
  await chooseRole(page, edit, 'Role', 'Admin');
  await edit.getByRole('button', { name: 'Save' }).click();
  await expect(edit.getByTestId('action-error')).toContainText('This is the last enabled superadmin.');
  await edit.getByRole('button', { name: 'Cancel' }).click();

  await page.getByRole('button', { name: `Disable ${superEmail}` }).click();
  const confirm = page.getByRole('dialog', { name: `Disable ${superEmail}?` });
  await confirm.getByRole('button', { name: 'Disable user' }).click();
  await expect(confirm.getByTestId('action-error')).toContainText('This is the last enabled superadmin.');
  expect(userRow(superEmail)).toMatchObject({ role: 'superadmin', disabled: 0 });

  // With a second superadmin, the first may step down.
  await confirm.getByRole('button', { name: 'Cancel' }).click();
  await page.getByRole('button', { name: `Edit ${email}` }).click();
  const promote = page.getByRole('dialog', { name: `Edit ${email}` });
  await chooseRole(page, promote, 'Role', 'Super admin');
  await promote.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByTestId('users-notice')).toHaveText(`Saved ${email}.`);
  await confirmFromList(page, `Disable ${email}`, `Disable ${email}?`, 'Disable user');
  await expect(page.getByTestId('users-notice')).toHaveText(`Disabled ${email}.`);
  // Disabled, that one no longer counts: the first is the last enabled superadmin again.
  await page.getByRole('button', { name: `Edit ${superEmail}` }).click();
  const again = page.getByRole('dialog', { name: `Edit ${superEmail}` });
  await chooseRole(page, again, 'Role', 'Admin');
  await again.getByRole('button', { name: 'Save' }).click();
  await expect(again.getByTestId('action-error')).toContainText('This is the last enabled superadmin.');
  expect(userRow(superEmail)?.role).toBe('superadmin');
});
