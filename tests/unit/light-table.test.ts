// The light table (components/light-table): its CSV is the grid's (raw values, numbers as numbers, ISO dates,
// formula-like text quoted), its quick search and sorting behave as the grid's, and it is the one that
// decides which tables need the full MUI X grid. The CSP Licenses page never loads the grid's code up front.
import fs from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import type { GridColDef } from '@mui/x-data-grid';
import { describe, expect, it } from 'vitest';
import { buildCsv, csvField, exportColumns } from '@/components/light-table/csv';
import { fullGridReason } from '@/components/light-table/full-grid-reason';
import { cellText, formattedValue, quickFilter, searchWords, sortRows } from '@/components/light-table/model';

type Row = { id: string; name: string; seats: number | null; price: number | null; at: string; on: boolean; note?: string };
const rows: Row[] = [
  { id: 'a', name: 'Microsoft 365 Business Premium', seats: 10, price: 22, at: '2026-01-02T03:04:05.000Z', on: true },
  { id: 'b', name: 'Power BI Pro', seats: null, price: -5.5, at: '2026-02-01T00:00:00.000Z', on: false, note: '=HYPERLINK("x")' },
  { id: 'c', name: 'Visio, Plan "2"', seats: 3, price: 1234.5, at: '2025-12-31T23:00:00.000Z', on: true, note: 'line\nbreak' },
];
const columns: GridColDef<Row>[] = [
  { field: 'name', headerName: 'Product', flex: 1 },
  { field: 'seats', headerName: 'Seats', type: 'number', valueFormatter: (v: number | null) => (v === null ? '-' : `${v} seats`) },
  { field: 'price', headerName: 'Price', type: 'number', valueFormatter: (v: number) => `$${v.toFixed(2)} per month` },
  { field: 'at', headerName: 'Ordered', type: 'dateTime', valueGetter: (v: string) => new Date(v) },
  { field: 'on', headerName: 'Enabled', type: 'boolean' },
  { field: 'note', headerName: '', width: 80 },
  { field: 'actions', headerName: 'Actions', sortable: false, disableExport: true, renderCell: () => null },
];
const parse = (csv: string) => Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true }).data;

describe('the light table CSV', () => {
  it('writes raw values: numbers stay numbers (also negative), dates ISO, nothing empty, formulas quoted', () => {
    const csv = buildCsv(exportColumns(columns, {}), rows);
    expect(csv.split('\r\n')[0]).toBe('Product,Seats,Price,Ordered,Enabled,note');
    const [a, b, c] = parse(csv);
    expect(a).toEqual({ Product: 'Microsoft 365 Business Premium', Seats: '10', Price: '22', Ordered: '2026-01-02T03:04:05.000Z', Enabled: 'true', note: '' });
    expect(b).toMatchObject({ Seats: '', Price: '-5.5', Enabled: 'false', note: `'=HYPERLINK("x")` });
    expect(c).toMatchObject({ Product: 'Visio, Plan "2"', Price: '1234.5', note: 'line\nbreak' });
    expect(csv).toContain('"Visio, Plan ""2"""');
  });

  it('leaves out hidden and disableExport columns and keeps the given row order', () => {
    const csv = buildCsv(exportColumns(columns, { price: false, at: false }), [rows[2]!, rows[0]!]);
    expect(csv.split('\r\n')[0]).toBe('Product,Seats,Enabled,note');
    expect(parse(csv).map((r) => r.Product)).toEqual(['Visio, Plan "2"', 'Microsoft 365 Business Premium']);
  });

  it("quotes as the grid's escapeFormulas option does when a table asks for it", () => {
    expect(csvField(-5, true)).toBe(`"'-5"`);
    expect(csvField('@x', true)).toBe(`"'@x"`);
    expect(csvField(-5)).toBe('-5');
    expect(csvField('a"b')).toBe('"a""b"');
    expect(csvField(null)).toBe('');
  });

  it('has only the header when no row matches', () => {
    expect(buildCsv(exportColumns(columns, {}), [])).toBe('Product,Seats,Price,Ordered,Enabled,note');
  });
});

describe('the light table quick search and sorting', () => {
  const visible = columns;
  const find = (text: string) => quickFilter(rows, visible, searchWords(text)).map((r) => r.id);

  it('needs every word to match some column, case-insensitively, on the formatted text', () => {
    expect(find('microsoft PREMIUM')).toEqual(['a']);
    expect(find('microsoft visio')).toEqual([]);
    const tier: GridColDef<Row> = { field: 'tier', valueGetter: (_v, r) => r.id, valueFormatter: (v: string) => `Tier-${v}` };
    expect(quickFilter(rows, [columns[0]!, tier], ['tier-B']).map((r) => r.id)).toEqual(['b']);
    expect(quickFilter(rows, [columns[0]!, tier], ['tier', 'pro']).map((r) => r.id)).toEqual(['b']);
    expect(find('  ')).toEqual(['a', 'b', 'c']);
  });

  it('matches number columns on their value, and never booleans or hidden columns', () => {
    const numbers = columns.filter((c) => c.type === 'number');
    expect(quickFilter(rows, numbers, ['3']).map((r) => r.id)).toEqual(['c']);
    expect(quickFilter(rows, numbers, ['22']).map((r) => r.id)).toEqual(['a']);
    expect(quickFilter(rows, numbers, ['1234.5']).map((r) => r.id)).toEqual(['c']);
    expect(quickFilter(rows, numbers, ['123'])).toEqual([]);
    expect(find('true')).toEqual([]);
    expect(
      quickFilter(
        rows,
        visible.filter((c) => c.field !== 'name'),
        ['visio'],
      ),
    ).toEqual([]);
  });

  it('sorts by value, numbers as numbers, nothing first ascending and last descending, ties stable', () => {
    const ids = (field: string, sort: 'asc' | 'desc') => sortRows(rows, columns, { field, sort }, (r) => r.id).map((r) => r.id);
    expect(ids('seats', 'asc')).toEqual(['b', 'c', 'a']);
    expect(ids('seats', 'desc')).toEqual(['a', 'c', 'b']);
    expect(ids('price', 'asc')).toEqual(['b', 'a', 'c']);
    expect(ids('at', 'asc')).toEqual(['c', 'a', 'b']);
    expect(ids('name', 'asc')).toEqual(['a', 'b', 'c']);
    expect(ids('on', 'asc')).toEqual(['b', 'a', 'c']);
    const byLength: GridColDef<Row> = { field: 'name', sortComparator: (x: string, y: string) => x.length - y.length };
    expect(sortRows(rows, [byLength], { field: 'name', sort: 'asc' }, (r) => r.id).map((r) => r.id)).toEqual(['b', 'c', 'a']);
    expect(sortRows(rows, columns, null, (r) => r.id).map((r) => r.id)).toEqual(['a', 'b', 'c']);
  });

  it('shows the formatter, else a number with separators, else the value', () => {
    expect(cellText(formattedValue(columns[1]!, rows[1]!, null), null)).toBe('-');
    expect(cellText(formattedValue({ field: 'n', type: 'number' }, rows[0]!, 12345), 12345)).toBe('12,345');
    expect(cellText(formattedValue(columns[0]!, rows[0]!, 'x'), 'x')).toBe('x');
  });
});

describe('which tables need the full grid', () => {
  const base = { rows, columns, exportName: 'x', 'aria-label': 'X' };
  it('keeps plain tables light, also with a toolbar set-up the light table does', () => {
    expect(fullGridReason(base)).toBeNull();
    expect(
      fullGridReason({
        ...base,
        autoHeight: true,
        localeText: { noRowsLabel: 'None' },
        slotProps: { toolbar: { showQuickFilter: false, csvOptions: { fileName: 'y', utf8WithBom: true, escapeFormulas: true } } },
      }),
    ).toBeNull();
    expect(fullGridReason({ ...base, checkboxSelection: false, rowSelectionModel: { type: 'include', ids: new Set() } })).toBeNull();
    const paging = { paginationMode: 'server' as const, rowCount: 80, paginationModel: { page: 1, pageSize: 25 }, onPaginationModelChange: () => undefined };
    expect(fullGridReason({ ...base, ...paging, disableColumnSorting: true })).toBeNull();
    expect(fullGridReason({ ...base, ...paging, sortingMode: 'server' })).toBe('sortingMode');
  });
  it('sends selection, server modes, slots and anything unknown to the full grid', () => {
    expect(fullGridReason({ ...base, checkboxSelection: true })).toBe('checkboxSelection');
    expect(fullGridReason({ ...base, paginationMode: 'server' })).toBe('paginationMode');
    expect(fullGridReason({ ...base, slots: {} })).toBe('slots');
    expect(fullGridReason({ ...base, slotProps: { toolbar: { csvOptions: { delimiter: ';' } } } })).toBe('slotProps');
    expect(fullGridReason({ ...base, onRowClick: () => undefined })).toBe('onRowClick');
    expect(fullGridReason({ ...base, initialState: { filter: { filterModel: { items: [{ field: 'name', operator: 'contains', value: 'x' }] } } } })).toBe('initialState.filter');
  });
});

describe('the light table loads no grid code up front', () => {
  const STATIC_IMPORT = /^\s*(?:import|export)\s+(?!type\b)(?:[^'";]*?\s+from\s+)?['"]([^'"]+)['"]/gm;
  const ROOT = process.cwd();
  // Every package statically imported from `entry` through local modules (import type and import() are not followed).
  const packagesOf = (entry: string, seen = new Set<string>()): string[] => {
    if (seen.has(entry)) return [];
    seen.add(entry);
    return [...fs.readFileSync(entry, 'utf8').matchAll(STATIC_IMPORT)].flatMap(([, spec]) => {
      if (!spec!.startsWith('.') && !spec!.startsWith('@/')) return [spec!];
      const base = spec!.startsWith('@/') ? path.join(ROOT, spec!.slice(2)) : path.resolve(path.dirname(entry), spec!);
      const file = ['.ts', '.tsx', '/index.ts', '/index.tsx'].map((e) => base + e).find((f) => fs.existsSync(f));
      return file ? packagesOf(file, seen) : [];
    });
  };
  it('the CSP Licenses grid and the DataTable import @mui/x-data-grid only as types; the full grid does', () => {
    expect(packagesOf(path.join(ROOT, 'app/(dashboard)/tenant/licenses/_components/license-grid.tsx')).filter((p) => p.startsWith('@mui/x-data-grid'))).toEqual([]);
    expect(packagesOf(path.join(ROOT, 'components/light-table/full-grid.tsx'))).toContain('@mui/x-data-grid');
  });
});
