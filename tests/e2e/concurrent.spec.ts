// Two people at once: an admin and an editor add seats to the same subscription at the same
// moment, each in their own browser. Ingram gets one change order; the other person sees why
// theirs was not placed; the audit log has both attempts.
import type { Browser, Page } from '@playwright/test';
import { authFile, emailOf, type Role } from './support/auth';
import { readDb, sandbox } from './support/env';
import { expect, test } from './support/fixtures';
import { setUpWorld } from './support/matrix-capture';
import { NORTHWIND, readDbRow, subscriptionsOf, type SandboxSubscription } from './support/matrix-env';

test.setTimeout(180_000);

let undo: () => void;
let target: SandboxSubscription;

test.beforeAll(async () => {
  ({ undo } = await setUpWorld());
  // Not the subscription the role matrix uses (that one is the first such): the last with a unique name.
  const subs = await subscriptionsOf(NORTHWIND.customerId);
  target = subs.filter((s) => s.status === 'active' && subs.filter((o) => o.name === s.name).length === 1).at(-1)!;
});
test.afterAll(() => undo?.());

type SandboxOrder = { id: string; type: string; status: string; subscriptionId?: string; poNumber?: string; lines?: Array<{ subscriptionId?: string }> };
const ordersFor = async (subscriptionId: string) =>
  ((await sandbox(`/_sandbox/state/orders?customerId=${NORTHWIND.customerId}`)).orders as SandboxOrder[]).filter((o) => JSON.stringify(o).includes(`"${subscriptionId}"`));

async function openAddSeats(browser: Browser, role: Role, seats: string): Promise<Page> {
  const context = await browser.newContext({ storageState: authFile(role), baseURL: test.info().project.use.baseURL });
  const page = await context.newPage();
  await page.goto(`/tenant/licenses?tenantFilter=${NORTHWIND.domain}`);
  await page.getByRole('button', { name: `Actions for ${target.name}`, exact: true }).click();
  await page.getByRole('menuitem', { name: 'Add seats' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Number of seats').fill(seats);
  await expect(dialog.getByTestId('estimate')).toContainText('$');
  return page;
}

test('the same subscription changed by two people at once: one order, the other told why', async ({ browser }) => {
  const ordersBefore = (await ordersFor(target.id)).length;
  const lastAudit = readDbRow<{ id: number | null }>('SELECT max(id) AS id FROM audit_log').id ?? 0;
  const admin = await openAddSeats(browser, 'admin', '1');
  const editor = await openAddSeats(browser, 'editor', '2');

  // Both confirm at the same moment.
  await Promise.all([admin, editor].map((p) => p.getByRole('dialog').getByRole('button', { name: 'Add seats' }).click()));

  // One dialog closes (its order is placed); the other stays open with the reason.
  const closed = async (p: Page) => {
    const dialog = p.getByRole('dialog');
    // Settled: the dialog is gone (placed) or shows a failure (not placed).
    await expect(async () => expect((await dialog.count()) === 0 || (await dialog.getByTestId('action-error').count()) > 0).toBe(true)).toPass({ timeout: 45_000 });
    return (await dialog.count()) === 0;
  };
  const [adminDone, editorDone] = await Promise.all([closed(admin), closed(editor)]);
  expect([adminDone, editorDone].filter(Boolean), 'exactly one of the two changes went through').toHaveLength(1);
  const [winner, loser] = adminDone ? (['admin', 'editor'] as const) : (['editor', 'admin'] as const);
  const loserPage = loser === 'admin' ? admin : editor;
  const explanation = loserPage.getByRole('dialog').getByTestId('action-error');
  await expect(explanation).toBeVisible();
  // Either Ingram's refusal naming its order, or the app's own check, which names the order in
  // the way by number, or by type and state while the winner's order is still being sent.
  await expect(explanation).toContainText(/order SO-\d{4}-\d+|An order \([^,)]+, (sending|submitted|processing)\)/i);
  await expect(explanation).toContainText(/not finished|unfinished/i);

  // Ingram received exactly one change order for the subscription.
  expect(await ordersFor(target.id), 'one change order upstream').toHaveLength(ordersBefore + 1);

  // Both attempts are in the audit log, each with its user: one success, one not.
  const rows = readDb((db) =>
    db.prepare("SELECT user_email AS email, result, message, before, after FROM audit_log WHERE id > ? AND action = 'licenses.changeSeats' AND target = ? ORDER BY id").all(lastAudit, target.id),
  ) as Array<{ email: string; result: string; message: string | null; before: string; after: string }>;
  expect(rows).toHaveLength(2);
  const won = rows.find((r) => r.email === emailOf(winner))!;
  expect(won.result).toBe('success');
  // The winner's own number of seats was ordered (admin asked for 1, editor for 2).
  const { before, after } = { before: JSON.parse(won.before) as { quantity: number }, after: JSON.parse(won.after) as { quantity: number } };
  expect(after.quantity - before.quantity).toBe(winner === 'admin' ? 1 : 2);
  const lost = rows.find((r) => r.email === emailOf(loser))!;
  expect(['failure', 'refused']).toContain(lost.result);
  expect(lost.message).toBeTruthy();
  await Promise.all([admin.context().close(), editor.context().close()]);
});
