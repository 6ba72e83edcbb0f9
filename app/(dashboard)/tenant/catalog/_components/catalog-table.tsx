'use client';
import type { GridColDef } from '@mui/x-data-grid';
import NextLink from 'next/link';
import { DataTable } from '@/components/data-table';
import b from '@/components/plain-button.module.css';
import { billingLabel, termLabel } from '@/lib/catalog/periods';
import type { CatalogGroup } from '@/lib/catalog/types';
import { formatMoney } from '@/lib/money';

type Row = {
  id: string;
  name: string;
  mpn: string;
  vendor: string;
  term: string;
  billing: string;
  perSeatMonth: number;
  perSeatTerm: number;
  currency: string;
  seats: string;
  variantKey: string;
};

/** One row per product variant, grouped by product (sorted by name), with a way to buy it. */
export function CatalogTable({ groups, tenantFilter }: { groups: CatalogGroup[]; tenantFilter?: string }) {
  const rows: Row[] = groups.flatMap((g) =>
    g.variants.map((v) => ({
      id: `${g.mpn}|${v.key}`,
      name: g.name,
      mpn: g.mpn,
      vendor: g.vendor,
      term: termLabel(v.termCode),
      billing: billingLabel(v.billingCode),
      perSeatMonth: v.perSeatMonth,
      perSeatTerm: v.perSeatTerm,
      currency: v.currency,
      seats: `${g.minimumQuantity}–${g.maximumQuantity}`,
      variantKey: v.key,
    })),
  );
  const buyHref = (r: Row) => {
    const q = new URLSearchParams({ mpn: r.mpn, variant: r.variantKey });
    if (tenantFilter) q.set('tenantFilter', tenantFilter);
    return `/tenant/add-subscription?${q.toString()}`;
  };
  const columns: GridColDef<Row>[] = [
    { field: 'name', headerName: 'Product', flex: 1.6, minWidth: 240 },
    { field: 'mpn', headerName: 'MPN', minWidth: 170 },
    { field: 'vendor', headerName: 'Vendor', minWidth: 100 },
    { field: 'term', headerName: 'Term', minWidth: 100 },
    { field: 'billing', headerName: 'Billing', minWidth: 100 },
    { field: 'perSeatMonth', headerName: 'Per seat / month', type: 'number', minWidth: 140, valueFormatter: (v: number, r) => formatMoney(v, r.currency) },
    { field: 'perSeatTerm', headerName: 'Per seat / term', type: 'number', minWidth: 140, valueFormatter: (v: number, r) => formatMoney(v, r.currency) },
    { field: 'currency', headerName: 'Currency', minWidth: 90 },
    { field: 'seats', headerName: 'Seats', minWidth: 110 },
    {
      field: 'buy',
      headerName: '',
      sortable: false,
      filterable: false,
      disableExport: true,
      minWidth: 90,
      renderCell: ({ row }) => (
        // A plain link in MUI's small button look: the catalog's first paint carries no MUI Button (issue 20).
        <NextLink className={`${b.button} ${b.small}`} href={buyHref(row)} aria-label={`Buy ${row.name}, ${row.term} term, billed ${row.billing}`}>
          Buy
        </NextLink>
      ),
    },
  ];
  return (
    <DataTable
      exportName="microsoft-catalog"
      rows={rows}
      columns={columns}
      autoHeight
      initialState={{ sorting: { sortModel: [{ field: 'name', sort: 'asc' }] }, pagination: { paginationModel: { pageSize: 50 } } }}
      localeText={{ noRowsLabel: 'No Microsoft product matches the search.' }}
      // One search box on this page: the form above (it asks the whole catalog, not only this page).
      slotProps={{ toolbar: { showQuickFilter: false, csvOptions: { fileName: 'microsoft-catalog', utf8WithBom: true, escapeFormulas: true }, printOptions: { disableToolbarButton: true } } }}
    />
  );
}
