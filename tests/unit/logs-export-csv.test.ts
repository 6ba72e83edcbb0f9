// The audit log CSV: a cell a spreadsheet would run as a formula is quoted, also when the
// value holds a line break or starts with a tab, a carriage return or spaces.
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { auditCsv } from '@/lib/logs/export-csv';
import type { AuditDTO } from '@/lib/logs/queries';

const row = (message: string, target = 'plain') =>
  ({
    id: 1,
    at: '2026-01-01T00:00:00.000Z',
    userEmail: 'a@b.c',
    role: 'admin',
    tenantId: null,
    tenantName: null,
    action: 'x',
    target,
    before: null,
    after: null,
    result: 'success',
    message,
    correlationId: null,
  }) as unknown as AuditDTO;

const cells = (csv: string) => Papa.parse<string[]>(csv.replace(/^\uFEFF/, '')).data[1]!;

describe('audit log CSV', () => {
  it.each([
    ['a multi-line formula', '=HYPERLINK("http://evil.example","x")\nsecond line'],
    ['a formula after a line break at the start', '\n=1+1'],
    ['a leading tab', '\t=1+1'],
    ['a leading carriage return', '\r=1+1\r\nmore'],
    ['leading spaces', '  @SUM(A1)'],
    ['a plain formula', '+1+1'],
  ])('quotes %s', (_label, message) => {
    const message_cell = cells(auditCsv([row(message)]))[10]!;
    expect(message_cell.startsWith("'")).toBe(true);
    expect(message_cell.slice(1)).toBe(message);
  });

  it('leaves ordinary text as it is', () => {
    expect(cells(auditCsv([row('Saved settings\nwith two lines')]))[10]).toBe('Saved settings\nwith two lines');
  });
});
