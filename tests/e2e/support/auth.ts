import { expect, type Page } from '@playwright/test';

export const roles = ['superadmin', 'admin', 'editor', 'readonly', 'custom'] as const;
export type Role = (typeof roles)[number];

export const password = 'e2e-Password-123';
export const emailOf = (role: Role) => `${role}@demo.local`;
// Per app port, so runs of several builds side by side never share sessions.
export const authFile = (role: Role) => `test-results/.auth/${process.env.E2E_APP_PORT ?? '3310'}-${role}.json`;

export async function signInAs(page: Page, role: Role) {
  await page.goto('/signin');
  await page.getByLabel('Email').fill(emailOf(role));
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Dashboard' })).toBeVisible();
}
