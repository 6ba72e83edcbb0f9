// Which tables need the full MUI X grid from their first render (pure: tests/unit/light-table.test.ts).
import type { DataGridProps, GridValidRowModel } from '@mui/x-data-grid';

// What the light table does itself; any other prop needs the full grid (an unknown prop is never dropped).
const LIGHT_PROPS = new Set([
  'rows',
  'columns',
  'getRowId',
  'initialState',
  'columnVisibilityModel',
  'loading',
  'getRowClassName',
  'aria-label',
  'aria-labelledby',
  'localeText',
  'slotProps',
  'pageSizeOptions',
  'disableColumnSorting',
  'disableColumnFilter',
  'density',
  'exportName',
  'checkboxSelection',
  'rowSelectionModel',
  'onRowSelectionModelChange',
  // Layout only: the light table always grows with its page of rows and renders every column.
  'autoHeight',
  'disableVirtualization',
  'columnBufferPx',
  'disableRowSelectionOnClick',
  'sx',
  // Server paging: the rows are the page, rowCount the total, the page model the parent's (logs, deliveries).
  'paginationMode',
  'rowCount',
  'paginationModel',
  'onPaginationModelChange',
]);
const LIGHT_TOOLBAR = new Set(['showQuickFilter', 'csvOptions', 'printOptions']);
const LIGHT_CSV = new Set(['fileName', 'utf8WithBom', 'escapeFormulas', 'disableToolbarButton']);
const LIGHT_LOCALE = new Set(['noRowsLabel', 'noResultsOverlayLabel']);
const onlyKeys = (o: object | undefined, allowed: Set<string>) => Object.keys(o ?? {}).every((k) => allowed.has(k));

/**
 * Why a table needs the full grid from its first render, or null when the light table does all it asks:
 * selection (checkboxes), server-side paging/sorting/filtering and controlled models (All Tenants, logs,
 * deliveries), custom slots or an apiRef, column editing or cell actions, and filter items set up front.
 */
export function fullGridReason<R extends GridValidRowModel>(props: Omit<DataGridProps<R>, 'showToolbar'> & { exportName?: string }): string | null {
  const unknown = Object.keys(props).find((k) => !LIGHT_PROPS.has(k) && (props as Record<string, unknown>)[k] !== undefined);
  if (unknown) return unknown;
  if (props.checkboxSelection) return 'checkboxSelection';
  if (props.paginationMode === 'server' && (props.rowCount === undefined || !props.paginationModel || !props.onPaginationModelChange)) return 'paginationMode';
  // Without checkboxes and with selection on click off nothing can be selected; a preset selection shows.
  const selected = props.rowSelectionModel;
  if (selected && (selected.type !== 'include' || selected.ids.size > 0)) return 'rowSelectionModel';
  const { toolbar, ...otherSlots } = (props.slotProps ?? {}) as Record<string, unknown> & { toolbar?: { csvOptions?: object } };
  if (Object.keys(otherSlots).length > 0 || !onlyKeys(toolbar, LIGHT_TOOLBAR) || !onlyKeys(toolbar?.csvOptions, LIGHT_CSV)) return 'slotProps';
  if (!onlyKeys(props.localeText, LIGHT_LOCALE)) return 'localeText';
  if (props.initialState?.filter?.filterModel?.items?.length) return 'initialState.filter';
  if (props.columns.some((c) => c.editable || 'getActions' in c || c.colSpan)) return 'columns';
  return null;
}
