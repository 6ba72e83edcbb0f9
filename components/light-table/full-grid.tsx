'use client';
// The full MUI X DataGrid, loaded only when a table needs it (components/data-table.tsx decides).
import { DataGrid, GridPreferencePanelsValue, useGridApiRef, type DataGridProps, type GridColDef, type GridValidRowModel } from '@mui/x-data-grid';
import { useEffect, useMemo, type MouseEvent } from 'react';
import { useNonce } from '../nonce';
import { exportValue } from './csv';
import type { Panel } from './light-table';

export type FullGridProps<R extends GridValidRowModel> = Omit<DataGridProps<R>, 'showToolbar'> & {
  /** The CSV export's file name, without extension. */
  exportName: string;
  /** The panel to open once mounted (the light table's Columns or Filters button asked for it). */
  openPanel?: Panel;
};

const CSV_ITEM = 'Download as CSV'; // the grid's own label for its CSV menu item

// True only while a grid's CSV export runs (synchronously, inside the menu item's click): one at a time.
const exporting = { current: false };

/**
 * Each column's display formatter, except while the CSV export runs: then the raw value. (The grid's
 * own "ignore formatters" switch writes "null" for an empty number cell.)
 */
function withRawExport<R extends GridValidRowModel>(columns: readonly GridColDef<R>[]): GridColDef<R>[] {
  return columns.map((col) => {
    if (col.disableExport) return col;
    const shown = col.valueFormatter ?? (col.type === 'number' ? (v: unknown) => (typeof v === 'number' ? v.toLocaleString() : (v ?? '')) : undefined);
    // Every exported column goes through exportValue, so the grid's own formula escaping (which also
    // quotes negative numbers) can stay off.
    return {
      ...col,
      valueFormatter: (value, row, column, apiRef) => (exporting.current ? exportValue(value) : shown ? shown(value as never, row, column, apiRef) : value),
    } as GridColDef<R>;
  });
}

/**
 * The one data grid: sorting, filtering, a quick search, column choice and CSV export,
 * paged (virtualised within a page) so a long list never stalls the browser.
 * The export carries each cell's value, not its display: numbers stay numbers (no currency
 * sign or thousands separator) and dates stay ISO strings, so a spreadsheet can compute with them.
 */
export function FullGrid<R extends GridValidRowModel>({ exportName, initialState, slotProps, columns, openPanel, apiRef: givenApiRef, ...props }: FullGridProps<R>) {
  const nonce = useNonce(); // the grid's CSS-variables <style> tag needs the page's CSP nonce
  const ownApiRef = useGridApiRef();
  const apiRef = givenApiRef ?? ownApiRef;
  const rawColumns = useMemo(() => withRawExport(columns), [columns]);
  useEffect(() => {
    if (openPanel === 'columns') apiRef.current?.showPreferences(GridPreferencePanelsValue.columns);
    if (openPanel === 'filters') apiRef.current?.showFilterPanel();
  }, [openPanel, apiRef]);
  // The CSV menu item exports synchronously in its click handler: the flag covers exactly that call.
  const onClickCapture = (e: MouseEvent) => {
    const item = (e.target as Element).closest?.('[role="menuitem"]');
    if (item?.textContent?.trim() === CSV_ITEM) {
      exporting.current = true;
      setTimeout(() => (exporting.current = false)); // also when a handler stops the click
    }
  };
  return (
    <div data-data-table="full" onClickCapture={onClickCapture} onClick={() => (exporting.current = false)} style={{ display: 'contents' }}>
      <DataGrid<R>
        nonce={nonce}
        apiRef={apiRef}
        showToolbar
        density="compact"
        disableRowSelectionOnClick
        pageSizeOptions={[25, 50, 100]}
        initialState={{ pagination: { paginationModel: { pageSize: 25 } }, ...initialState }}
        slotProps={{ toolbar: { csvOptions: { fileName: exportName, utf8WithBom: true, escapeFormulas: false }, printOptions: { disableToolbarButton: true } }, ...slotProps }}
        sx={{ bgcolor: 'background.paper', minHeight: 240 }}
        columns={rawColumns}
        {...props}
      />
    </div>
  );
}
