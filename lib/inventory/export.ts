import 'server-only';
// The billing-ready All Tenants export: one column list, written as CSV (numbers unquoted,
// dates ISO) or XLSX (number and date cells). Cost columns only for a role with costs.view.
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { FORMULA_START } from '@/lib/logs/export-csv';
import type { PortfolioSubscription } from './types';

type Cell = string | number | boolean | Date | null;
type Column = { header: string; width: number; value: (r: PortfolioSubscription) => Cell; cost?: true; format?: string };

const num = (v: string | number | null | undefined): number | null => (v === null || v === undefined || v === '' || !Number.isFinite(Number(v)) ? null : Number(v));
/** A day as a UTC midnight Date (XLSX date cell); CSV writes it back as YYYY-MM-DD. */
const day = (v: string | null): Date | null => (v && /^\d{4}-\d{2}-\d{2}/.test(v) ? new Date(`${v.slice(0, 10)}T00:00:00Z`) : null);
const DAY = 'yyyy-mm-dd';
const MONEY = '#,##0.00';

const columns: Column[] = [
  { header: 'Tenant', width: 28, value: (r) => r.tenantName },
  { header: 'Tenant ID', width: 38, value: (r) => r.tenantId },
  { header: 'Ingram customer ID', width: 22, value: (r) => r.customerId },
  { header: 'Subscription ID', width: 22, value: (r) => r.id },
  { header: 'Microsoft subscription ID', width: 38, value: (r) => r.vendorSubscriptionId },
  { header: 'Product', width: 36, value: (r) => r.productName },
  { header: 'MPN', width: 22, value: (r) => r.mpn },
  { header: 'Status', width: 12, value: (r) => r.status },
  { header: 'Quantity', width: 10, value: (r) => r.quantity },
  { header: 'Assigned', width: 10, value: (r) => r.assigned ?? null },
  { header: 'Unused', width: 10, value: (r) => r.unused ?? null },
  { header: 'Seats from another source', width: 14, value: (r) => r.otherSourceSeats || null },
  { header: 'Term', width: 8, value: (r) => r.subscriptionPeriod },
  { header: 'Billing', width: 8, value: (r) => r.billingPeriod },
  { header: 'Unit price', width: 12, value: (r) => num(r.unitPrice), format: MONEY },
  { header: 'Unit cost', width: 12, value: (r) => num(r.unitCost), format: MONEY, cost: true },
  { header: 'Monthly price', width: 14, value: (r) => r.monthlyPrice, format: MONEY },
  { header: 'Monthly cost', width: 14, value: (r) => r.monthlyCost ?? null, format: MONEY, cost: true },
  { header: 'Currency', width: 9, value: (r) => r.currency },
  { header: 'Renewal date', width: 13, value: (r) => day(r.renewalDate), format: DAY },
  { header: 'Auto-renew', width: 10, value: (r) => r.autoRenew },
  { header: 'As of', width: 24, value: (r) => new Date(r.lastSeenAt), format: 'yyyy-mm-dd hh:mm:ss' },
];

export const exportColumns = (withCost: boolean) => columns.filter((c) => withCost || !c.cost);

function csvCell(v: Cell, format?: string): string | number | boolean | null {
  if (v instanceof Date) return format === DAY ? v.toISOString().slice(0, 10) : v.toISOString();
  return v;
}

export function subscriptionsCsv(rows: PortfolioSubscription[], withCost: boolean): string {
  const cols = exportColumns(withCost);
  const csv = Papa.unparse({ fields: cols.map((c) => c.header), data: rows.map((r) => cols.map((c) => csvCell(c.value(r), c.format))) }, { escapeFormulae: FORMULA_START });
  return `\uFEFF${csv}`;
}

export async function subscriptionsXlsx(rows: PortfolioSubscription[], withCost: boolean): Promise<Buffer> {
  const cols = exportColumns(withCost);
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Subscriptions', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = cols.map((c) => ({ header: c.header, key: c.header, width: c.width, style: c.format ? { numFmt: c.format } : {} }));
  sheet.getRow(1).font = { bold: true };
  // A text cell never becomes a formula in XLSX (values are written as values), so no escaping here.
  for (const r of rows) sheet.addRow(cols.map((c) => c.value(r)));
  return Buffer.from(await book.xlsx.writeBuffer());
}
