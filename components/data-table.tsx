'use client';
import type { DataGridProps, GridColDef, GridInitialState, GridValidRowModel } from '@mui/x-data-grid';
import dynamic from 'next/dynamic';
import { useState, type ComponentType } from 'react';
import type { FullGridProps } from './light-table/full-grid';
import { LightTable, type LightState, type Panel } from './light-table/light-table';
import { fullGridReason } from './light-table/full-grid-reason';
import { searchWords } from './light-table/model';

type Props<R extends GridValidRowModel> = Omit<DataGridProps<R>, 'showToolbar'> & {
  /** The CSV export's file name, without extension. */
  exportName: string;
};
type AnyFullGrid = ComponentType<FullGridProps<GridValidRowModel>>;

const loadFullGrid = () => import('./light-table/full-grid');
// Server-rendered (and its chunk preloaded) where a table needs the full grid from the start.
// (The import() is written inline: next/dynamic finds the chunk to preload from it.)
const FullGridAtOnce = dynamic(() => import('./light-table/full-grid').then((m) => m.FullGrid)) as AnyFullGrid;

/** The light table's state as the full grid's initialState, on top of the table's own. */
function asInitialState(initial: GridInitialState | undefined, s: LightState): GridInitialState {
  return {
    ...initial,
    sorting: { sortModel: s.sort ? [s.sort] : [] },
    pagination: { ...initial?.pagination, paginationModel: { page: s.page, pageSize: s.pageSize } },
    filter: { filterModel: { items: [], quickFilterValues: searchWords(s.search) } },
    columns: { ...initial?.columns, columnVisibilityModel: s.columnVisibilityModel },
  };
}

/**
 * The one data table: sorting, a quick search, paging, column choice, filtering and CSV export. It renders
 * as a light HTML table, complete on the server, and swaps in the full MUI X DataGrid (loaded only then)
 * when a person opens Columns or Filters, or at once when the table asks for what only the grid does.
 * The export carries each cell's value, not its display: numbers stay numbers (no currency sign or
 * thousands separator) and dates stay ISO strings, so a spreadsheet can compute with them.
 */
export function DataTable<R extends GridValidRowModel>(props: Props<R>) {
  const [swap, setSwap] = useState<{ Grid: AnyFullGrid; panel: Panel; state: LightState } | null>(null);
  const [pending, setPending] = useState(false);
  const anyProps = props as unknown as FullGridProps<GridValidRowModel>;
  if (fullGridReason(props)) return <FullGridAtOnce {...anyProps} />;
  if (swap) return <swap.Grid {...anyProps} initialState={asInitialState(props.initialState, swap.state)} openPanel={swap.panel} />;
  const onFull = (panel: Panel, state: LightState) => {
    setPending(true);
    loadFullGrid()
      .then((m) => setSwap({ Grid: m.FullGrid as AnyFullGrid, panel, state }))
      .finally(() => setPending(false));
  };
  return <LightTable<R> {...props} pending={pending} onFull={onFull} />;
}

/** A grid's row-actions column: buttons for each row, never sorted, filtered or exported. */
export function actionsColumn<R extends GridValidRowModel>(width: number, renderCell: NonNullable<GridColDef<R>['renderCell']>): GridColDef<R> {
  return { field: 'actions', headerName: 'Actions', width, sortable: false, filterable: false, disableExport: true, renderCell };
}
