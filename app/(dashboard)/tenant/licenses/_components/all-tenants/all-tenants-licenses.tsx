'use client';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { DataTable } from '@/components/data-table';
import { useSearchState } from '@/components/use-search-state';
import { subscriptionPageSchema, type SubscriptionPageQuery, type SubscriptionSortField } from '@/lib/inventory/filter';
import { exportUrl, portfolioSubscriptionsQuery } from '@/lib/inventory/queries-client';
import type { PortfolioPage } from '@/lib/inventory/types';
import { allTenantsColumns } from './columns';
import { SubscriptionFilterBar } from './filter-bar';
import { TotalsLine } from './totals';
import { UsageMissingAlert } from '../usage/usage-notices';

type Props = { initial: { query: SubscriptionPageQuery; data: PortfolioPage } };

/** Every mapped tenant's subscriptions from the inventory: filtered, sorted and paged by the server. */
export function AllTenantsLicenses({ initial }: Props) {
  const [query, update] = useSearchState(subscriptionPageSchema);
  const sameAsServer = JSON.stringify(query) === JSON.stringify(initial.query);
  const { data, error, isFetching } = useQuery({ ...portfolioSubscriptionsQuery(query), initialData: sameAsServer ? initial.data : undefined, staleTime: 30_000 });
  const page = data ?? initial.data;
  const { page: _p, pageSize: _s, ...filter } = query;
  return (
    <>
      <SubscriptionFilterBar query={query} onChange={update} />
      <UsageMissingAlert notices={page.usageMissing} />
      {error && <Alert severity="error" sx={{ mb: 2 }}>{`${error.message} Change the filter or try again.`}</Alert>}
      <Box sx={{ display: 'flex', alignItems: 'flex-start', gap: 2, flexWrap: 'wrap' }}>
        <Box sx={{ flexGrow: 1 }}>
          <TotalsLine totals={page.totals} total={page.total} />
        </Box>
        <Button variant="outlined" size="small" href={exportUrl(filter, 'csv')} download>
          Export CSV
        </Button>
        <Button variant="outlined" size="small" href={exportUrl(filter, 'xlsx')} download>
          Export XLSX
        </Button>
      </Box>
      <Typography variant="caption" color="text.secondary" component="p" sx={{ mb: 1 }}>
        From the inventory{page.asOf ? `, synced ${new Date(page.asOf).toLocaleString()}` : ' (not synced yet)'}. Open a tenant for its live view and changes.
      </Typography>
      <DataTable
        aria-label="Subscriptions of all tenants"
        exportName="all-tenants-licenses"
        rows={page.rows}
        columns={allTenantsColumns(page.withCost)}
        getRowId={(r) => r.id}
        loading={isFetching && !data}
        disableVirtualization
        paginationMode="server"
        sortingMode="server"
        filterMode="server"
        disableColumnFilter
        rowCount={page.total}
        paginationModel={{ page: query.page, pageSize: query.pageSize }}
        onPaginationModelChange={(m) => update({ page: m.page, pageSize: m.pageSize })}
        sortModel={[{ field: query.sort, sort: query.dir }]}
        onSortModelChange={(m) => update({ sort: (m[0]?.field as SubscriptionSortField | undefined) ?? undefined, dir: m[0]?.sort ?? undefined })}
        // The grid's own CSV would hold one page only: the export buttons above write every filtered row.
        slotProps={{ toolbar: { csvOptions: { disableToolbarButton: true }, printOptions: { disableToolbarButton: true } } }}
        localeText={{ noRowsLabel: 'No subscription matches. Change the filter, or run a sync if the inventory is empty.' }}
      />
    </>
  );
}
