'use client';
import { DataGrid, type DataGridProps, type GridColDef, type GridValidRowModel } from '@mui/x-data-grid';
import { useNonce } from './nonce';

type Props<R extends GridValidRowModel> = Omit<DataGridProps<R>, 'showToolbar'> & {
  /** The CSV export's file name, without extension. */
  exportName: string;
};

/**
 * The one data grid: sorting, filtering, a quick search, column choice and CSV export,
 * paged (virtualised within a page) so a long list never stalls the browser.
 * The export carries each cell's value, not its display: numbers stay numbers (no currency
 * sign or thousands separator) and dates stay ISO strings, so a spreadsheet can compute with them.
 */
export function DataTable<R extends GridValidRowModel>({ exportName, initialState, slotProps, ...props }: Props<R>) {
  const nonce = useNonce(); // the grid's CSS-variables <style> tag needs the page's CSP nonce
  return (
    <DataGrid<R>
      nonce={nonce}
      showToolbar
      density="compact"
      disableRowSelectionOnClick
      ignoreValueFormatterDuringExport
      pageSizeOptions={[25, 50, 100]}
      initialState={{ pagination: { paginationModel: { pageSize: 25 } }, ...initialState }}
      slotProps={{ toolbar: { csvOptions: { fileName: exportName, utf8WithBom: true, escapeFormulas: true }, printOptions: { disableToolbarButton: true } }, ...slotProps }}
      sx={{ bgcolor: 'background.paper', minHeight: 240 }}
      {...props}
    />
  );
}

/** A grid's row-actions column: buttons for each row, never sorted, filtered or exported. */
export function actionsColumn<R extends GridValidRowModel>(width: number, renderCell: NonNullable<GridColDef<R>['renderCell']>): GridColDef<R> {
  return { field: 'actions', headerName: 'Actions', width, sortable: false, filterable: false, disableExport: true, renderCell };
}
