// The All Tenants routes as the browser calls them: cost keys only for costs.view (in the page
// JSON and in both exports), exports with number and date cells, and every export audited.
import { desc, eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { getDb } from '@/db';
import { auditLog, inventorySubscriptions, tenantMappings, tenants } from '@/db/schema';
import type { CurrentUser } from '@/lib/auth/current-user';
import { withCosts } from '@/lib/inventory/costs';
import type { LicenseRow } from '@/lib/licenses/types';
import { emptyTables } from '../../support/db';
import { insertSubscriptions, insertTenant, subscription } from '../../support/inventory';

const who: { user: CurrentUser | undefined } = { user: undefined };
vi.mock('@/lib/auth/current-user', () => ({ getCurrentUser: async () => who.user }));
const page = await import('@/app/api/inventory/subscriptions/route');
const exporter = await import('@/app/api/inventory/subscriptions/export/route');

const reader: CurrentUser = { id: 'u1', email: 'reader@demo.local', name: 'Reader', role: 'readonly', level: 'readonly', lastTenantId: null, scope: { mode: 'all' } };
const admin: CurrentUser = { ...reader, id: 'u3', email: 'admin@demo.local', role: 'admin', level: 'admin' };

beforeAll(() => {
  emptyTables(inventorySubscriptions, tenantMappings, tenants);
  insertTenant('t-a', 'Alpha');
  insertTenant('t-b', 'Bravo');
  insertSubscriptions([
    subscription('t-a', { id: 'a1', quantity: 3, unitPrice: '12.50', unitCost: '9.75', totalPrice: '37.50', renewalDate: '2027-02-03', lastSeenAt: new Date('2026-06-01T10:00:00Z') }),
    subscription('t-b', { id: 'b1', productName: '=HYPERLINK("x")', lastSeenAt: new Date('2026-06-01T10:00:00Z') }),
  ]);
});

const get = async (mod: { GET: (req: Request) => Promise<Response> }, url: string) => mod.GET(new Request(`http://app${url}`));

describe('All Tenants page route', () => {
  it('sends cost and margin to an admin only', async () => {
    who.user = admin;
    const forAdmin = (await (await get(page, '/api/inventory/subscriptions?sort=tenant')).json()) as { rows: Array<Record<string, unknown>>; total: number };
    expect(forAdmin.total).toBe(2);
    expect(forAdmin.rows[0]).toMatchObject({ id: 'a1', unitCost: '9.75', monthlyCost: 29.25, monthlyMargin: 8.25 });
    who.user = reader;
    const text = await (await get(page, '/api/inventory/subscriptions?sort=monthlyMargin')).text();
    expect(text).not.toMatch(/unitCost|monthlyCost|monthlyMargin|9\.75/);
    expect(JSON.parse(text).rows).toHaveLength(2);
  });

  it('refuses a product filter longer than the form allows', async () => {
    who.user = reader;
    expect((await get(page, `/api/inventory/subscriptions?product=${'a'.repeat(300)}`)).status).toBe(400);
  });
});

describe('All Tenants export', () => {
  it('writes CSV with numbers unquoted, ISO dates, formulas defused, and the cost column only for an admin', async () => {
    who.user = admin;
    const csv = await (await get(exporter, '/api/inventory/subscriptions/export?format=csv&sort=tenant')).text();
    const parsed = Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { skipEmptyLines: true });
    const [header, alpha, bravo] = parsed.data as string[][];
    const col = (name: string) => header!.indexOf(name);
    expect(header).toContain('Unit cost');
    expect(alpha![col('Unit price')]).toBe('12.5');
    expect(alpha![col('Unit cost')]).toBe('9.75');
    expect(alpha![col('Quantity')]).toBe('3');
    expect(alpha![col('Renewal date')]).toBe('2027-02-03');
    expect(alpha![col('As of')]).toBe('2026-06-01T10:00:00.000Z');
    expect(alpha![col('Tenant ID')]).toBe('t-a');
    expect(bravo![col('Product')]).toBe('\'=HYPERLINK("x")');
    expect(csv).toMatch(/,12\.5,/);

    who.user = reader;
    const plain = await (await get(exporter, '/api/inventory/subscriptions/export?format=csv')).text();
    expect(plain).not.toContain('Unit cost');
    expect(plain).not.toContain('9.75');
    const audit = getDb().select().from(auditLog).where(eq(auditLog.action, 'inventory.export')).orderBy(desc(auditLog.id)).get();
    expect(audit).toMatchObject({ userEmail: 'reader@demo.local', target: 'csv', result: 'success' });
    expect(audit?.after).toMatchObject({ rows: 2, withCost: false });
  });

  it('writes XLSX whose money and quantity cells are numbers and whose dates are dates', async () => {
    who.user = admin;
    const res = await get(exporter, '/api/inventory/subscriptions/export?format=xlsx&product=basic');
    expect(res.headers.get('content-type')).toContain('spreadsheetml');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(await res.arrayBuffer());
    const sheet = book.getWorksheet('Subscriptions')!;
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    const cell = (name: string) => sheet.getRow(2).getCell(header.indexOf(name) + 1).value;
    expect(sheet.rowCount).toBe(2);
    expect(cell('Unit price')).toBe(12.5);
    expect(cell('Unit cost')).toBe(9.75);
    expect(cell('Quantity')).toBe(3);
    expect(cell('Renewal date')).toEqual(new Date('2027-02-03T00:00:00Z'));
    expect(cell('Auto-renew')).toBe(true);

    who.user = reader;
    const book2 = new ExcelJS.Workbook();
    await book2.xlsx.load(await (await get(exporter, '/api/inventory/subscriptions/export?format=xlsx')).arrayBuffer());
    expect((book2.getWorksheet('Subscriptions')!.getRow(1).values as unknown[]).slice(1)).not.toContain('Unit cost');
  });
});

describe('tenant CSP Licenses costs', () => {
  it('adds unit cost, cost and margin per month from the inventory, only for the tenant’s own rows', () => {
    const rows = [{ id: 'a1' }, { id: 'b1' }] as LicenseRow[];
    const out = withCosts('t-a', rows);
    expect(out[0]).toMatchObject({ unitCost: '9.75', monthlyCost: 29.25, monthlyMargin: 8.25 });
    expect(out[1]).toMatchObject({ unitCost: null, monthlyCost: null });
  });
});
