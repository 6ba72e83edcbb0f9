// What the light table knows of a GridColDef, as the MUI X grid reads it: the cell's value (valueGetter),
// its display (valueFormatter), sorting, the quick search and column sizes. Pure: unit-tested.
import type { GridColDef, GridSortDirection, GridValidRowModel } from '@mui/x-data-grid';

/** No column of this app reads the grid's api in a getter, formatter or cell: the light table passes none. */
export type Api = never;
export type Sort = { field: string; sort: Exclude<GridSortDirection, null | undefined> } | null;

const collator = new Intl.Collator();

/** The cell's value: valueGetter(row[field], row, column, api) or row[field]. */
export function cellValue<R extends GridValidRowModel>(col: GridColDef<R>, row: R, api?: Api): unknown {
  const raw = (row as Record<string, unknown>)[col.field];
  return col.valueGetter ? (col.valueGetter as (...a: unknown[]) => unknown)(raw, row, col, api) : raw;
}

/** The display value: the column's formatter, else a number with thousands separators (as the grid's number column). */
export function formattedValue<R extends GridValidRowModel>(col: GridColDef<R>, row: R, value: unknown, api?: Api): unknown {
  if (col.valueFormatter) return (col.valueFormatter as (...a: unknown[]) => unknown)(value, row, col, api);
  if (col.type === 'number') return typeof value === 'number' ? value.toLocaleString() : (value ?? '');
  return value;
}

/** The text a cell without renderCell shows (the grid's: formatted value, else value, as a string). */
export function cellText(formatted: unknown, value: unknown): string {
  const shown = formatted ?? value;
  return shown === null || shown === undefined ? '' : String(shown as string);
}

function compareNullish(a: unknown, b: unknown): number | null {
  if (a == null && b != null) return -1;
  if (b == null && a != null) return 1;
  if (a == null && b == null) return 0;
  return null;
}

/** The grid's default comparators: by type (number, date) or string-or-number; nothing sorts first ascending. */
export function defaultComparator(type: GridColDef['type']) {
  return (a: unknown, b: unknown): number => {
    const nullish = compareNullish(a, b);
    if (nullish !== null) return nullish;
    if (type === 'number') return Number(a) - Number(b);
    if (type === 'date' || type === 'dateTime') return (a as Date) > (b as Date) ? 1 : (a as Date) < (b as Date) ? -1 : 0;
    if (typeof a === 'string') return collator.compare(a, String(b));
    return (a as number) - (b as number);
  };
}

/** The rows sorted by one column (stable: ties keep their order), with the column's own comparator if it has one. */
export function sortRows<R extends GridValidRowModel>(rows: readonly R[], columns: readonly GridColDef<R>[], sort: Sort, idOf: (r: R) => unknown): R[] {
  const col = sort && columns.find((c) => c.field === sort.field);
  if (!sort || !col) return [...rows];
  const compare = (col.sortComparator as ((a: unknown, b: unknown, p1: unknown, p2: unknown) => number) | undefined) ?? defaultComparator(col.type);
  const dir = sort.sort === 'desc' ? -1 : 1;
  const keyed = rows.map((row, i) => ({ row, i, value: cellValue(col, row) }));
  keyed.sort((x, y) => {
    const p = (k: typeof x) => ({ id: idOf(k.row), field: col.field, value: k.value, row: k.row, api: undefined });
    return dir * compare(x.value, y.value, p(x), p(y)) || x.i - y.i;
  });
  return keyed.map((k) => k.row);
}

/** The quick search's words, split as the grid splits them. */
export const searchWords = (text: string) => text.split(' ').filter((w) => w !== '');

/**
 * The grid's quick search: every word must match some visible column, case-insensitively; text-like columns
 * match on their formatted value containing the word, number columns on the value equal to it, and
 * boolean and actions columns never.
 */
export function quickFilter<R extends GridValidRowModel>(rows: readonly R[], columns: readonly GridColDef<R>[], words: readonly string[]): R[] {
  if (words.length === 0) return [...rows];
  const searchable = columns.filter((c) => c.type !== 'boolean' && c.type !== 'actions');
  const lowered = words.map((w) => w.toLowerCase());
  return rows.filter((row) => {
    const cells = searchable.map((c) => {
      const value = cellValue(c, row);
      return c.type === 'number' ? { num: value == null ? null : Number(value) } : { text: value == null && !c.valueFormatter ? null : cellText(formattedValue(c, row, value), null).toLowerCase() };
    });
    return lowered.every((w, i) =>
      cells.some((cell) => ('num' in cell ? cell.num !== null && words[i] !== '' && !Number.isNaN(Number(words[i])) && cell.num === Number(words[i]) : cell.text !== null && cell.text.includes(w))),
    );
  });
}

/** A column's CSS grid track: flex columns share the room above their minimum, others keep their width (grid defaults 100 / 50). */
export function track(col: GridColDef): string {
  return col.flex ? `minmax(${minWidthOf(col)}px, ${col.flex}fr)` : `${minWidthOf(col)}px`;
}

/** The least width a column takes: a flex column its minimum, any other its width. */
export const minWidthOf = (col: GridColDef) => (col.flex ? (col.minWidth ?? 50) : Math.max(col.width ?? 100, col.minWidth ?? 50));

/** The grid's default alignment: numbers right, booleans centred. */
export function alignOf(col: GridColDef, header = false): 'left' | 'right' | 'center' {
  const own = header ? col.headerAlign : col.align;
  if (own) return own;
  return col.type === 'number' ? 'right' : col.type === 'boolean' ? 'center' : 'left';
}
