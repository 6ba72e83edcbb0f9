import 'server-only';
// Reads a tenant CSV (tenant id, display name, default domain) and validates every row,
// collecting all problems by row number (the header is row 1, as a spreadsheet shows it).
import Papa from 'papaparse';
import { tenantInputSchema } from '@/lib/validations/tenants';
import type { z } from 'zod';

type ParsedImport = { ok: true; rows: ImportRow[] } | { ok: false; error: string; rowErrors: Record<string, string[]> };

type ImportRow = z.output<typeof tenantInputSchema> & { rowNo: number };

const MAX_ROWS = 5000;
const FIELD_LABEL: Record<string, string> = { tenantId: 'tenant id', displayName: 'display name', defaultDomain: 'default domain' };
const normalise = (h: string) => h.toLowerCase().replace(/[^a-z]/g, '');
const HEADER_KEYS: Record<string, keyof typeof FIELD_LABEL> = {
  tenantid: 'tenantId',
  customerid: 'tenantId',
  id: 'tenantId',
  displayname: 'displayName',
  name: 'displayName',
  defaultdomain: 'defaultDomain',
  defaultdomainname: 'defaultDomain',
  domain: 'defaultDomain',
};

export function parseTenantCsv(text: string): ParsedImport {
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: 'greedy' });
  const lines = parsed.data;
  if (lines.length === 0) return { ok: false, error: 'The file has no rows.', rowErrors: {} };

  // A header row names the columns in any order; without one, the order is id, name, domain.
  const header = lines[0]!.map((h) => HEADER_KEYS[normalise(h)]);
  const hasHeader = header.includes('tenantId');
  const order = hasHeader ? header : (['tenantId', 'displayName', 'defaultDomain'] as const);
  if (hasHeader && (!header.includes('displayName') || !header.includes('defaultDomain'))) {
    return { ok: false, error: 'The header must name the columns tenant id, display name and default domain.', rowErrors: {} };
  }
  const first = hasHeader ? 1 : 0;
  if (lines.length - first === 0) return { ok: false, error: 'The file has a header but no tenants.', rowErrors: {} };
  if (lines.length - first > MAX_ROWS) return { ok: false, error: `At most ${MAX_ROWS} tenants per import.`, rowErrors: {} };

  const rowErrors: Record<string, string[]> = {};
  const rows: ImportRow[] = [];
  const seenIds = new Map<string, number>();
  const seenDomains = new Map<string, number>();
  for (let i = first; i < lines.length; i++) {
    const rowNo = i + 1;
    const key = `Row ${rowNo}`;
    const record: Record<string, string> = {};
    lines[i]!.forEach((cell, c) => {
      const field = order[c];
      if (field) record[field] = cell;
    });
    const result = tenantInputSchema.safeParse(record);
    if (!result.success) {
      rowErrors[key] = result.error.issues.map((iss) => `${FIELD_LABEL[String(iss.path[0])] ?? 'row'}: ${iss.message}`);
      continue;
    }
    const row = result.data;
    const problems: string[] = [];
    const idRow = seenIds.get(row.tenantId);
    if (idRow) problems.push(`tenant id: same as row ${idRow}`);
    const domainRow = seenDomains.get(row.defaultDomain);
    if (domainRow) problems.push(`default domain: same as row ${domainRow}`);
    if (problems.length) rowErrors[key] = problems;
    seenIds.set(row.tenantId, seenIds.get(row.tenantId) ?? rowNo);
    seenDomains.set(row.defaultDomain, seenDomains.get(row.defaultDomain) ?? rowNo);
    rows.push({ ...row, rowNo });
  }
  if (Object.keys(rowErrors).length) {
    const n = Object.keys(rowErrors).length;
    return { ok: false, error: `${n} row${n === 1 ? ' has' : 's have'} problems, so nothing was imported. Correct the file and import it again.`, rowErrors };
  }
  return { ok: true, rows };
}
