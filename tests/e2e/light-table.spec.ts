// The light table (components/data-table.tsx): rendered on the server with its rows, it searches, sorts,
// pages and exports by itself, and Columns swaps in the full MUI X grid with the same search, sort and
// page, its columns panel open. The Users page: a light table of the demo users.
import { expect, test } from './support/fixtures';
import { authFile } from './support/auth';

test.use({ storageState: authFile('superadmin') });

test('the users table arrives with its rows in the HTML, searches and sorts, and Columns opens the full grid with that state', async ({ page }) => {
  const html = await (await page.request.get('/settings/users')).text();
  expect(html).toContain('role="grid"');
  // Rows rendered on the server as cells (not only in the RSC payload), and the footer counting them.
  expect(html).toMatch(/role="gridcell"[^>]*data-field="email"[^>]*>(?:<[^>]+>)*editor@demo\.local/);
  expect(html).toMatch(/data-displayed-rows=""[^>]*>1–\d+ of \d+</);

  await page.goto('/settings/users');
  const grid = page.getByRole('grid', { name: 'Users' });
  const table = page.locator('[data-data-table="light"]', { has: grid });
  await expect(grid.getByRole('row').filter({ hasText: 'readonly@demo.local' })).toBeVisible();
  await expect(page.locator('[data-data-table="full"]')).toHaveCount(0);

  const email = grid.getByRole('columnheader', { name: 'Email' });
  await email.click();
  await expect(email).toHaveAttribute('aria-sort', 'ascending');
  await email.press('Enter');
  await expect(email).toHaveAttribute('aria-sort', 'descending');
  const emails = await grid.locator('[role="gridcell"][data-field="email"]').allTextContents();
  expect(emails.length).toBeGreaterThan(1);
  expect([...emails].sort((a, b) => b.localeCompare(a))).toEqual(emails);

  await table.getByRole('searchbox', { name: 'Search…' }).fill('EDITOR@demo local');
  await expect(grid.getByRole('row')).toHaveCount(2); // the header and editor@demo.local
  await expect(grid.getByRole('row').nth(1)).toContainText('editor@demo.local');
  await expect(table.getByText(/^1–1 of 1$/)).toBeVisible();

  await table.getByRole('button', { name: 'Columns' }).click();
  await expect(page.locator('[data-data-table="full"] .MuiDataGrid-root')).toBeVisible();
  await expect(page.getByRole('checkbox', { name: 'Email' })).toBeVisible(); // the columns panel
  const full = page.getByRole('grid', { name: 'Users' });
  await expect(full.getByRole('row')).toHaveCount(2);
  await expect(full.getByRole('row').nth(1)).toContainText('editor@demo.local');
  await expect(full.getByRole('columnheader', { name: 'Email' })).toHaveAttribute('aria-sort', 'descending');
});

test('Filters swaps in the full grid with its filter panel open, the page kept', async ({ page }) => {
  await page.goto('/settings/users');
  const grid = page.getByRole('grid', { name: 'Users' });
  const table = page.locator('[data-data-table="light"]', { has: grid });
  await expect(grid.getByRole('row').filter({ hasText: 'admin@demo.local' }).first()).toBeVisible();
  await table.getByRole('button', { name: 'Filters' }).click();
  await expect(page.getByPlaceholder('Filter value')).toBeVisible();
  await expect(page.getByRole('grid', { name: 'Users' }).getByRole('row').filter({ hasText: 'editor@demo.local' })).toBeVisible();
});
