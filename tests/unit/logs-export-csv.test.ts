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

const parsed = (csv: string) => Papa.parse<Record<string, string>>(csv.replace(/^\uFEFF/, ''), { header: true }).data[0]!;
const messageOf = (csv: string) => parsed(csv).message!;

describe('audit log CSV', () => {
  it.each([
    ['a multi-line formula', '=HYPERLINK("http://evil.example","x")\nsecond line'],
    ['a formula after a line break at the start', '\n=1+1'],
    ['a leading tab', '\t=1+1'],
    ['a leading carriage return', '\r=1+1\r\nmore'],
    ['leading spaces', '  @SUM(A1)'],
    ['a plain formula', '+1+1'],
  ])('quotes %s', (_label, message) => {
    const message_cell = messageOf(auditCsv([row(message)]));
    expect(message_cell.startsWith("'")).toBe(true);
    expect(message_cell.slice(1)).toBe(message);
  });

  it('leaves ordinary text as it is', () => {
    expect(messageOf(auditCsv([row('Saved settings\nwith two lines')]))).toBe('Saved settings\nwith two lines');
  });

  it('leaves a plain negative number unquoted, so it stays a number', () => {
    expect(messageOf(auditCsv([row('-12.5')]))).toBe('-12.5');
    expect(messageOf(auditCsv([row('-12.5+A1')]))).toBe("'-12.5+A1");
  });

  it('names the role as a person reads it and carries the change in words', () => {
    const r = { ...row('ok'), role: 'superadmin', change: 'Seats 10 → 8', productName: 'Office 365 E3' } as AuditDTO;
    expect(parsed(auditCsv([r]))).toMatchObject({ role: 'Super admin', change: 'Seats 10 → 8', product: 'Office 365 E3', when: '2026-01-01T00:00:00.000Z' });
  });
});
