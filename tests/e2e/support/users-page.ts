// Steps on the Users & Roles page that several specs take; each spec checks what the page says after.
import type { Page } from '@playwright/test';

/** Clicks the button named `open` (on a user's or a role's row), then confirms in the dialog named `dialog` with `confirm`. */
export async function confirmFromList(page: Page, open: string, dialog: string, confirm: string) {
  await page.getByRole('button', { name: open }).click();
  await page.getByRole('dialog', { name: dialog }).getByRole('button', { name: confirm }).click();
}

/** Sets a new password for `email` through its row's dialog. */
export async function setPasswordFor(page: Page, email: string, newPassword: string) {
  await page.getByRole('button', { name: `Set password for ${email}` }).click();
  const dialog = page.getByRole('dialog', { name: `Set password for ${email}` });
  await dialog.getByLabel('New password').fill(newPassword);
  await dialog.getByRole('button', { name: 'Set password' }).click();
}
