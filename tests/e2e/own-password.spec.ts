// A user changes their own password from the account menu in the top bar: the policy's
// errors are shown on their fields, the current password is required, and afterwards only
// the new password signs in.
import { randomUUID } from 'node:crypto';
import bcrypt from 'bcryptjs';
import { expectOnlyNewPasswordSignsIn, signInFresh } from './support/auth';
import { expect as baseExpect, test } from './support/fixtures';
import { writeDb } from './support/matrix-env';

// Generous waits: password hashing is slow on a machine shared with other builds.
const expect = baseExpect.configure({ timeout: 40_000 });
test.describe.configure({ timeout: 180_000 });
test.use({ storageState: { cookies: [], origins: [] } });

const email = `robin.self@own-${Date.now()}.demo.local`;
const oldPassword = 'Old-Lantern-Orbit-73';
const newPassword = 'New-Copper-Harbor-58';

test.beforeAll(() => {
  const hash = bcrypt.hashSync(oldPassword, 10);
  writeDb((db) => db.prepare("insert into users (id, email, name, password_hash, role, disabled) values (?, ?, 'Robin Self', ?, 'readonly', 0)").run(randomUUID(), email, hash));
});

test('a user changes their own password; the policy and the current password are enforced', async ({ browser }) => {
  const session = await signInFresh(browser, email, oldPassword);
  const { page } = session;
  await expect(page.getByRole('heading', { name: 'Dashboard' })).toBeVisible();
  await page.getByRole('button', { name: 'Account menu for Robin Self' }).click();
  await page.getByRole('menuitem', { name: 'Change password' }).click();
  const dialog = page.getByRole('dialog', { name: 'Change password' });

  // Weak, repeated, and not matching: each field says what is wrong, nothing is sent.
  await dialog.getByLabel('New password', { exact: true }).fill('aaaaaaaaaaaa');
  await dialog.getByLabel('Repeat the new password').fill('something-else');
  await dialog.getByRole('button', { name: 'Change password' }).click();
  await expect(dialog.getByText('Enter your current password')).toBeVisible();
  await expect(dialog.getByText(/Too easy to guess/)).toBeVisible();
  await expect(dialog.getByText('The two new passwords differ')).toBeVisible();

  // Containing the email name: refused.
  await dialog.getByLabel('Current password').fill(oldPassword);
  await dialog.getByLabel('New password', { exact: true }).fill('robin.self-Lantern-99');
  await dialog.getByLabel('Repeat the new password').fill('robin.self-Lantern-99');
  await dialog.getByRole('button', { name: 'Change password' }).click();
  await expect(dialog.getByText(/Must not contain the email name/)).toBeVisible();

  // A wrong current password is refused by the server.
  await dialog.getByLabel('Current password').fill('Not-The-Password-12');
  await dialog.getByLabel('New password', { exact: true }).fill(newPassword);
  await dialog.getByLabel('Repeat the new password').fill(newPassword);
  await dialog.getByRole('button', { name: 'Change password' }).click();
  await expect(dialog.getByText('Not your current password')).toBeVisible();

  await dialog.getByLabel('Current password').fill(oldPassword);
  await dialog.getByRole('button', { name: 'Change password' }).click();
  await expect(dialog.getByTestId('password-changed')).toBeVisible();
  await session.close();

  await expectOnlyNewPasswordSignsIn(browser, email, oldPassword, newPassword);
});
