// The Renewals page for All Tenants: the seeded annual renewals within 60 days with their last
// safe moment (UTC and the viewer's own time), monthly ones hidden until asked; a bulk decrease
// over three tenants: a dry run with the orders and one predicted refusal, then exactly one order
// per subscription at Ingram even after a double click on Place.
import type { Page } from '@playwright/test';
import { authFile } from './support/auth';
import { readDb, sandbox } from './support/env';
import { expect, test } from './support/fixtures';
import { ingramGet, mapTenants, writeDb } from './support/matrix-env';
import { customerIdByName } from './support/world';

// Demo tenants the sandbox seeds a renewal season for (see sandbox/README.md); no other spec uses them.
const TENANTS = [
  { tenantId: 'ede8ab03-4de8-4647-a386-fd0c3de136db', customer: 'ADVENTURE WORKS', display: 'Adventure Works', seats: 10 },
  { tenantId: '6854235e-004b-456a-a785-fd02ec92885b', customer: 'Proseware GmbH', display: 'Proseware', seats: 6 },
  { tenantId: 'c139e614-dfd1-46a8-a4dd-2f1035c329ca', customer: 'Humongous Insurance Co', display: 'Humongous Insurance', seats: 1 },
];
const ZONE = 'Asia/Kolkata'; // UTC+05:30: the local last safe moment falls on the renewal day itself

type Row = { id: string; name: string; status: string; renewalDate: string; subscriptionPeriod: { type: string; duration: number }; customerId: string };
type Seeded = (typeof TENANTS)[number] & { customerId: string; annual: Row; monthly: Row[] };

test.describe.configure({ mode: 'serial', timeout: 120_000 });
test.use({ storageState: authFile('editor'), timezoneId: ZONE, locale: 'en-US' });

let seeded: Seeded[] = [];
let undo: () => void;
const DAY = 86_400_000;

/** Days from the sandbox clock to a renewal day. */
async function daysAhead(day: string): Promise<number> {
  const { now } = (await sandbox('/_sandbox/clock')) as { now: string };
  return (Date.parse(`${day}T00:00:00Z`) - Date.parse(now)) / DAY;
}

test.beforeAll(async ({ browser }) => {
  const found: Seeded[] = [];
  for (const t of TENANTS) {
    const customerId = await customerIdByName(t.customer);
    const { data } = await ingramGet<{ data: Row[] }>(`/subscriptions?customerId=${customerId}&limit=100`);
    const live = data.filter((s) => s.status === 'active');
    const annual: Row[] = [];
    for (const s of live) if (s.subscriptionPeriod.type === 'year' && (await daysAhead(s.renewalDate)) <= 60) annual.push(s);
    expect(annual, `${t.customer} has one annual renewal within 60 days of the sandbox clock`).toHaveLength(1);
    found.push({ ...t, customerId, annual: annual[0]!, monthly: live.filter((s) => s.subscriptionPeriod.type === 'month') });
  }
  seeded = found;
  undo = mapTenants(seeded.map((t) => ({ tenantId: t.tenantId, customerId: t.customerId, name: t.customer })));
  // Each tenant's live read writes the inventory the page reads.
  const ctx = await browser.newContext({ storageState: authFile('editor') });
  for (const t of seeded) expect((await ctx.request.get(`/api/tenants/${t.tenantId}/licenses`)).status()).toBe(200);
  await ctx.close();
});

test.afterAll(() => {
  undo?.();
  writeDb((db) => {
    for (const t of seeded) {
      db.prepare('DELETE FROM inventory_subscriptions WHERE tenant_id = ?').run(t.tenantId);
      db.prepare('DELETE FROM inventory_orders WHERE tenant_id = ?').run(t.tenantId);
      db.prepare('DELETE FROM sync_tenant_state WHERE tenant_id = ?').run(t.tenantId);
    }
  });
});

const grid = (page: Page, name: string) => page.getByRole('grid', { name });
const rowOf = (page: Page, gridName: string, t: Seeded, product: string) => grid(page, gridName).getByRole('row').filter({ hasText: t.display }).filter({ hasText: product });
const cell = (row: ReturnType<typeof rowOf>, field: string) => row.locator(`[data-field="${field}"]`);
const dayBefore = (day: string) => new Date(Date.parse(`${day}T00:00:00Z`) - DAY).toISOString().slice(0, 10);
const plain = (s: string | null) => (s ?? '').replace(/\s+/g, ' ').trim();

test('All Tenants lists the annual renewals in range with their last safe moment; monthly ones only when asked', async ({ page }) => {
  await page.goto('/tenant/renewals?tenantFilter=all');
  await expect(page.getByRole('heading', { name: 'Renewals' })).toBeVisible();
  for (const t of seeded) {
    const row = rowOf(page, 'Annual and multi-year renewals', t, t.annual.name);
    await expect(row).toHaveCount(1);
    await expect(cell(row, 'renewalDate')).toHaveText(t.annual.renewalDate);
    await expect(cell(row, 'quantity')).toHaveText(String(t.seats));
    await expect(cell(row, 'autoRenew')).toHaveText('On');
    await expect(cell(row, 'totalPrice')).toContainText(/per (month|year)/);
    // Ingram renews from 00:00 UTC: the last safe moment is the minute before, shown in UTC and in the viewer's zone.
    await expect(cell(row, 'lastSafeMoment')).toHaveText(`${dayBefore(t.annual.renewalDate)} 23:59 UTC`);
    const local = new Date(Date.parse(`${t.annual.renewalDate}T00:00:00Z`) - 60_000).toLocaleString('en-US', { timeZone: ZONE, dateStyle: 'medium', timeStyle: 'short' });
    await expect.poll(async () => plain(await cell(row, 'localSafeMoment').textContent())).toBe(plain(local));
  }
  // The calendar marks the renewal days; a click on one narrows the list to it.
  const [first, second] = seeded as [Seeded, Seeded];
  const { now } = (await sandbox('/_sandbox/clock')) as { now: string };
  const calendar = page.getByLabel('Renewals calendar');
  if (first.annual.renewalDate.slice(0, 7) !== now.slice(0, 7)) await calendar.getByRole('button', { name: 'Next month' }).click();
  await calendar.getByRole('gridcell', { name: `${first.annual.renewalDate}: 1 renewal` }).click();
  await expect(rowOf(page, 'Annual and multi-year renewals', first, first.annual.name)).toHaveCount(1);
  await expect(rowOf(page, 'Annual and multi-year renewals', second, second.annual.name)).toHaveCount(0);
  await page.getByRole('button', { name: /^Show every day/ }).click();
  await expect(rowOf(page, 'Annual and multi-year renewals', second, second.annual.name)).toHaveCount(1);

  // Monthly subscriptions roll over every month: apart, and hidden until asked.
  const monthly = seeded.find((t) => t.monthly.some((m) => m.name !== t.annual.name))!;
  const product = monthly.monthly.find((m) => m.name !== monthly.annual.name)!.name;
  await expect(grid(page, 'Monthly renewals')).toBeHidden();
  await expect(page.getByRole('main')).not.toContainText(product);
  await expect(page.getByText(/monthly subscriptions? renews? in this range/)).toBeVisible();
  await page.getByLabel('Show monthly').check();
  await expect(rowOf(page, 'Monthly renewals', monthly, product).first()).toBeVisible();
  await expect(rowOf(page, 'Annual and multi-year renewals', monthly, product)).toHaveCount(0);
});

type SandboxOrder = { type: string; subscriptionId?: string; scheduledOn?: string; details?: unknown };
const changeOrdersOf = async (t: Seeded): Promise<SandboxOrder[]> =>
  ((await sandbox(`/_sandbox/state/orders?customerId=${t.customerId}`)) as { orders: SandboxOrder[] }).orders.filter((o) => o.type === 'change' && JSON.stringify(o).includes(`"${t.annual.id}"`));

test('bulk decrease over three tenants: a dry run with one predicted refusal, then one order per subscription despite a double click', async ({ page }) => {
  await page.goto('/tenant/renewals?tenantFilter=all');
  for (const t of seeded) await rowOf(page, 'Annual and multi-year renewals', t, t.annual.name).getByRole('checkbox').check();
  const bulk = page.getByRole('region', { name: 'Bulk change' });
  await expect(bulk).toContainText('3 selected');
  await bulk.getByLabel('Decrease by').check();
  await bulk.getByLabel('Seats').fill('2');
  await bulk.getByRole('button', { name: 'Dry run' }).click();

  await expect(bulk.getByRole('alert').filter({ hasText: 'would be placed' })).toHaveText('2 orders would be placed; 1 refusal predicted.');
  const dry = grid(page, 'Dry run');
  const line = (t: Seeded) => dry.getByRole('row').filter({ hasText: t.display });
  const [adventure, proseware, humongous] = seeded as [Seeded, Seeded, Seeded];
  await expect(cell(line(adventure), 'action')).toHaveText(new RegExp(`^Decrease 10 → 8 at renewal \\(${adventure.annual.renewalDate}\\)$`));
  await expect(cell(line(proseware), 'action')).toContainText('Decrease 6 → 4 at renewal');
  for (const t of [adventure, proseware]) await expect(cell(line(t), 'estimate')).toContainText(/\d.* per (month|year)/);
  await expect(cell(line(humongous), 'refusal')).toContainText('Cannot go below 1 seat');
  expect(await changeOrdersOf(adventure), 'a dry run places nothing').toHaveLength(0);

  await sandbox('/_sandbox/counters/reset', { method: 'POST' });
  await bulk.getByRole('button', { name: 'Place 2 orders' }).dblclick();
  await expect(bulk.getByText('2 of 2 placed')).toBeVisible({ timeout: 60_000 });
  for (const t of [adventure, proseware]) await expect(cell(line(t), 'outcome')).toContainText(/^Order \S+ · scheduled/);
  await expect(cell(line(humongous), 'outcome')).toHaveText('');

  // Exactly one order per subscription at Ingram, each waiting for its renewal; none for the refused one.
  const { byRoute } = (await sandbox('/_sandbox/counters')) as { byRoute: Record<string, number> };
  expect(byRoute['POST /orders']).toBe(2);
  for (const t of [adventure, proseware]) {
    const orders = await changeOrdersOf(t);
    expect(orders, `${t.display}: one change order`).toHaveLength(1);
    expect(orders[0]!.scheduledOn).toBe('renewal');
  }
  expect(await changeOrdersOf(humongous)).toHaveLength(0);
  const audited = readDb((db) => db.prepare("SELECT count(*) AS n FROM audit_log WHERE action = 'renewals.place' AND result = 'success'").get() as { n: number }).n;
  expect(audited).toBe(2);
  await expect(bulk.getByRole('button', { name: /^Place/ })).toBeDisabled();

  // The list shows what now waits for the renewal.
  await expect(cell(rowOf(page, 'Annual and multi-year renewals', adventure, adventure.annual.name), 'scheduledChange')).toHaveText('Decrease to 8 at renewal');
  await expect(cell(rowOf(page, 'Annual and multi-year renewals', proseware, proseware.annual.name), 'scheduledChange')).toHaveText('Decrease to 4 at renewal');
});
