// The CSV export, written as the MUI X grid writes it (its csvSerializer with the options this app uses),
// so the light table and the full grid download the same file. Pure except for downloadCsv.
import type { GridColDef, GridValidRowModel } from '@mui/x-data-grid';
import { cellValue, type Api } from './model';

export type CsvOptions = { fileName: string; utf8WithBom?: boolean; escapeFormulas?: boolean };

/** A cell's value as the export carries it: a number stays a number (even a negative one), a date an ISO
 * string, nothing an empty cell; text that a spreadsheet would run as a formula is quoted with a leading '. */
export function exportValue(value: unknown): unknown {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString();
  return typeof value === 'string' && /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** One field, quoted as the grid quotes it (its shouldAppendQuotes default and its optional formula escaping). */
export function csvField(value: unknown, escapeFormulas = false): string {
  if (value === null || value === undefined) return '';
  const text = typeof value === 'string' ? value : `${value as string}`;
  const escaped = text.replace(/"/g, '""');
  if (escapeFormulas && ['=', '+', '-', '@', '\t', '\r'].includes(escaped[0] ?? '')) return `"'${escaped}"`;
  return [',', '\n', '\r', '"'].some((c) => text.includes(c)) ? `"${escaped}"` : escaped;
}

/** The columns the export writes: the shown ones (a hidden column is left out, as the grid does) not marked disableExport. */
export const exportColumns = <R extends GridValidRowModel>(columns: readonly GridColDef<R>[], visibility: Record<string, boolean>) =>
  columns.filter((c) => visibility[c.field] !== false && !c.disableExport);

/** The file's text: a header row (headerName or field), then every given row (already filtered and sorted). */
export function buildCsv<R extends GridValidRowModel>(columns: readonly GridColDef<R>[], rows: readonly R[], escapeFormulas = false, api?: Api): string {
  const head = columns.map((c) => csvField(c.headerName || c.field, escapeFormulas)).join(',');
  const body = rows.reduce((acc, row) => `${acc}${columns.map((c) => csvField(exportValue(cellValue(c, row, api)), escapeFormulas)).join(',')}\r\n`, '').trim();
  return `${head}\r\n${body}`.trim();
}

/** Saves the text as `<fileName>.csv`, with a UTF-8 byte order mark when asked (Excel then reads accents). */
export function downloadCsv(text: string, { fileName, utf8WithBom }: CsvOptions) {
  const parts: BlobPart[] = utf8WithBom ? [new Uint8Array([0xef, 0xbb, 0xbf]), text] : [text];
  const url = URL.createObjectURL(new Blob(parts, { type: 'text/csv' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = `${fileName}.csv`;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url));
}
