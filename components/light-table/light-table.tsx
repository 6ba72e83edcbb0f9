'use client';
// The light table: the grid's compact look, ARIA and toolbar in plain HTML, rendered complete on the server
// from the rows it is given. No @mui/x-data-grid code: Columns and Filters ask DataTable for the full grid.
import type { DataGridProps, GridColDef, GridValidRowModel } from '@mui/x-data-grid';
import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { buildCsv, downloadCsv, exportColumns } from './csv';
import { ArrowUpIcon, CheckIcon, CloseIcon, ColumnsIcon, ExportIcon, FilterIcon, NextIcon, PrevIcon, SearchIcon } from './icons';
import s from './light-table.module.css';
import { alignOf, cellText, cellValue, formattedValue, quickFilter, minWidthOf, searchWords, sortRows, track, type Sort } from './model';

export type Panel = 'columns' | 'filters';
/** What the full grid takes over when it is swapped in. */
export type LightState = { sort: Sort; search: string; page: number; pageSize: number; columnVisibilityModel: Record<string, boolean> };
type ToolbarProps = { showQuickFilter?: boolean; csvOptions?: { fileName?: string; utf8WithBom?: boolean; escapeFormulas?: boolean; disableToolbarButton?: boolean } };
export type LightProps<R extends GridValidRowModel> = Omit<DataGridProps<R>, 'showToolbar'> & { exportName: string; pending: boolean; onFull: (panel: Panel, state: LightState) => void };

const nf = new Intl.NumberFormat('en-US');
const sortLabel = { asc: 'ascending', desc: 'descending' } as const;

/** The light table's first state, from the grid's initialState. */
export function initialLightState<R extends GridValidRowModel>({ initialState, pageSizeOptions }: Pick<DataGridProps<R>, 'initialState' | 'pageSizeOptions'>): LightState {
  const first = initialState?.sorting?.sortModel?.[0];
  const model = initialState?.pagination?.paginationModel;
  const sizes = (pageSizeOptions ?? [25]).map((o) => (typeof o === 'number' ? o : o.value));
  return {
    sort: first?.sort ? { field: first.field, sort: first.sort } : null,
    search: (initialState?.filter?.filterModel?.quickFilterValues ?? []).join(' '),
    page: model?.page ?? 0,
    pageSize: model?.pageSize ?? sizes[0] ?? 25,
    columnVisibilityModel: initialState?.columns?.columnVisibilityModel ?? {},
  };
}

export function LightTable<R extends GridValidRowModel>(props: LightProps<R>) {
  const {
    rows,
    columns,
    getRowId,
    columnVisibilityModel,
    loading,
    localeText,
    getRowClassName,
    slotProps,
    pageSizeOptions = [25, 50, 100],
    disableColumnSorting,
    disableColumnFilter,
    pending,
    onFull,
    paginationMode,
    paginationModel,
    onPaginationModelChange,
    rowCount,
  } = props;
  // Server paging: the rows given are the page, the parent keeps the page model and the total.
  const server = paginationMode === 'server' && paginationModel !== undefined;
  const [state, setState] = useState(() => initialLightState(props));
  const [menu, setMenu] = useState(false);
  const toolbar = (slotProps?.toolbar ?? {}) as ToolbarProps;
  const idOf = (r: R) => (getRowId ? getRowId(r) : (r as { id?: unknown }).id);
  const visibility = columnVisibilityModel ?? state.columnVisibilityModel;
  const visible = columns.filter((c) => visibility[c.field] !== false);
  const words = searchWords(state.search);
  const shown = useMemo(() => sortRows(quickFilter(rows ?? [], visible, words), columns, state.sort, idOf), [rows, columns, visibility, state.sort, state.search]); // eslint-disable-line react-hooks/exhaustive-deps -- visible and words derive from the listed values
  const count = server ? (rowCount ?? shown.length) : shown.length;
  const pageSize = server ? paginationModel.pageSize : state.pageSize;
  const lastPage = Math.max(0, Math.ceil(count / pageSize) - 1);
  const page = Math.min(server ? paginationModel.page : state.page, lastPage);
  const pageRows = server ? shown : shown.slice(page * pageSize, (page + 1) * pageSize);
  const set = (patch: Partial<LightState>) => setState((prev) => ({ ...prev, ...patch }));
  const full = (panel: Panel) => onFull(panel, { ...state, page, pageSize, columnVisibilityModel: visibility });
  const goTo = (next: { page: number; pageSize: number }) => (server ? onPaginationModelChange?.(next, {} as never) : set(next));

  const exportCsv = () => {
    setMenu(false);
    const csv = toolbar.csvOptions ?? {};
    const text = buildCsv(exportColumns(columns, visibility), shown, csv.escapeFormulas);
    downloadCsv(text, { fileName: csv.fileName ?? props.exportName, utf8WithBom: csv.utf8WithBom ?? true });
  };

  const cycle = (col: GridColDef<R>) => {
    const next = state.sort?.field !== col.field ? 'asc' : state.sort.sort === 'asc' ? 'desc' : null;
    set({ sort: next ? { field: col.field, sort: next } : null });
  };
  const sortable = (col: GridColDef<R>) => !disableColumnSorting && col.sortable !== false && col.type !== 'actions';
  const from = count === 0 ? 0 : page * pageSize + 1;
  const to = Math.min(count, (page + 1) * pageSize);
  const empty = pageRows.length === 0;
  const emptyText = (rows?.length ?? 0) > 0 ? (localeText?.noResultsOverlayLabel ?? 'No results found.') : (localeText?.noRowsLabel ?? 'No rows');

  return (
    <div className={s.root} data-data-table="light" aria-busy={pending || undefined}>
      <div className={s.toolbar} role="toolbar" aria-label="Table tools">
        <button type="button" className={s.tool} onClick={() => full('columns')} disabled={pending} aria-label="Columns" title="Columns">
          <ColumnsIcon />
        </button>
        {!disableColumnFilter && (
          <button type="button" className={s.tool} onClick={() => full('filters')} disabled={pending} aria-label="Filters" title="Filters">
            <FilterIcon />
          </button>
        )}
        {!toolbar.csvOptions?.disableToolbarButton && <ExportMenu open={menu} setOpen={setMenu} onCsv={exportCsv} />}
        <span className={s.spacer} />
        {toolbar.showQuickFilter !== false && (
          <label className={s.search}>
            <SearchIcon className={s.searchIcon} />
            <input type="search" placeholder="Search…" aria-label="Search…" value={state.search} onChange={(e) => set({ search: e.target.value, page: 0 })} />
          </label>
        )}
      </div>
      {(loading || pending) && <div className={s.progress} role="progressbar" aria-label="Loading" />}
      <div className={s.scroller} data-table-scroller="">
        <div
          role="grid"
          aria-label={props['aria-label']}
          aria-labelledby={props['aria-labelledby']}
          aria-rowcount={count + 1}
          aria-colcount={visible.length}
          aria-multiselectable={false}
          className={s.grid}
          style={{ gridTemplateColumns: visible.map(track).join(' '), minWidth: visible.reduce((sum, c) => sum + minWidthOf(c), 0) }}
        >
          <div role="row" aria-rowindex={1} className={`${s.row} ${s.header}`}>
            {visible.map((col, i) => {
              const dir = state.sort?.field === col.field ? state.sort.sort : null;
              const label = col.renderHeader ? col.renderHeader({ field: col.field, colDef: col as never }) : (col.headerName ?? col.field);
              const align = alignOf(col, true);
              return (
                // As in the grid, the header cell itself sorts (click, Enter or Space): a button inside would
                // take the column's name and clash with the page's own buttons of that name.
                <div
                  key={col.field}
                  role="columnheader"
                  aria-colindex={i + 1}
                  aria-sort={sortable(col) ? (dir ? sortLabel[dir] : 'none') : undefined}
                  tabIndex={sortable(col) ? 0 : undefined}
                  onClick={sortable(col) ? () => cycle(col) : undefined}
                  onKeyDown={sortable(col) ? (e) => (e.key === 'Enter' || e.key === ' ') && (e.preventDefault(), cycle(col)) : undefined}
                  data-field={col.field}
                  title={col.description}
                  className={`${s.head} ${s[align]} ${sortable(col) ? s.sortable : ''} ${typeof col.headerClassName === 'string' ? col.headerClassName : ''}`}
                >
                  <span className={s.label}>{label}</span>
                  {sortable(col) && <ArrowUpIcon className={`${s.arrow} ${dir ? s.on : ''} ${dir === 'desc' ? s.desc : ''}`} />}
                </div>
              );
            })}
          </div>
          {pageRows.map((row, r) => {
            const id = idOf(row) as string | number;
            const rowClass = getRowClassName?.({ id, row, columns: visible, indexRelativeToCurrentPage: r, isFirstVisible: r === 0, isLastVisible: r === pageRows.length - 1 } as never) ?? '';
            return (
              <div key={String(id)} role="row" aria-rowindex={page * pageSize + r + 2} data-id={id} data-rowindex={r} className={`${s.row} ${s.body} ${rowClass}`}>
                {visible.map((col, i) => (
                  <Cell key={col.field} col={col} row={row} id={id} index={i} />
                ))}
              </div>
            );
          })}
        </div>
        {empty && !loading && <div className={s.empty}>{emptyText}</div>}
        {empty && loading && <div className={s.empty}>Loading…</div>}
      </div>
      <div className={s.footer}>
        <label className={s.size}>
          Rows per page:
          <select value={pageSize} onChange={(e) => goTo({ pageSize: Number(e.target.value), page: 0 })}>
            {pageSizeOptions.map((o) => {
              const v = typeof o === 'number' ? o : o.value;
              return (
                <option key={v} value={v}>
                  {typeof o === 'number' ? o : o.label}
                </option>
              );
            })}
          </select>
        </label>
        <p className={s.displayed} data-displayed-rows="">
          {`${nf.format(from)}–${nf.format(to)} of ${nf.format(count)}`}
        </p>
        <button type="button" className={s.tool} aria-label="Go to previous page" title="Go to previous page" disabled={page === 0} onClick={() => goTo({ page: page - 1, pageSize })}>
          <PrevIcon />
        </button>
        <button type="button" className={s.tool} aria-label="Go to next page" title="Go to next page" disabled={page >= lastPage} onClick={() => goTo({ page: page + 1, pageSize })}>
          <NextIcon />
        </button>
      </div>
    </div>
  );
}

function Cell<R extends GridValidRowModel>({ col, row, id, index }: { col: GridColDef<R>; row: R; id: string | number; index: number }) {
  const value = cellValue(col, row);
  const formatted = formattedValue(col, row, value);
  const align = alignOf(col);
  let content: ReactNode;
  if (col.renderCell) {
    content = col.renderCell({ id, row, value, formattedValue: formatted, field: col.field, colDef: col, api: undefined, cellMode: 'view', hasFocus: false, tabIndex: -1, isEditable: false } as never);
  } else if (col.type === 'boolean') {
    content = value ? <CheckIcon className={s.bool} /> : <CloseIcon className={s.bool} />;
    content = (
      <span role="img" aria-label={value ? 'yes' : 'no'} title={value ? 'yes' : 'no'} data-value={Boolean(value)}>
        {content}
      </span>
    );
  } else {
    content = cellText(formatted, value);
  }
  const cls = typeof col.cellClassName === 'string' ? col.cellClassName : '';
  // A date column without a formatter shows the Date's own text, which depends on the viewer's time zone.
  const zoned = col.type === 'date' || col.type === 'dateTime';
  return (
    <div role="gridcell" aria-colindex={index + 1} data-field={col.field} data-colindex={index} className={`${s.cell} ${s[align]} ${cls}`} suppressHydrationWarning={zoned}>
      {content}
    </div>
  );
}

function ExportMenu({ open, setOpen, onCsv }: { open: boolean; setOpen: (o: boolean) => void; onCsv: () => void }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!open) return;
    ref.current?.querySelector<HTMLElement>('[role="menuitem"]')?.focus();
    const away = (e: MouseEvent) => !ref.current?.contains(e.target as Node) && setOpen(false);
    document.addEventListener('mousedown', away);
    return () => document.removeEventListener('mousedown', away);
  }, [open, setOpen]);
  return (
    <div className={s.menuWrap} ref={ref} onKeyDown={(e) => e.key === 'Escape' && setOpen(false)}>
      <button type="button" className={s.tool} aria-label="Export" title="Export" aria-haspopup="menu" aria-expanded={open} onClick={() => setOpen(!open)}>
        <ExportIcon />
      </button>
      {open && (
        <div role="menu" className={s.menu} aria-label="Export">
          <button type="button" role="menuitem" className={s.item} onClick={onCsv}>
            Download as CSV
          </button>
        </div>
      )}
    </div>
  );
}
