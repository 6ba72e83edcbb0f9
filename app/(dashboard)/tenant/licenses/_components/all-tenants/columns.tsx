'use client';
import Link from '@mui/material/Link';
import type { GridColDef } from '@mui/x-data-grid';
import NextLink from 'next/link';
import { formatMoney } from '@/lib/money';
import { subscriptionSortFields } from '@/lib/inventory/filter';
import type { PortfolioSubscription } from '@/lib/inventory/types';
import { usageColumns } from '../usage/usage-columns';

type Col = GridColDef<PortfolioSubscription>;
const money = (field: keyof PortfolioSubscription, headerName: string, width = 130): Col => ({
  field,
  headerName,
  type: 'number',
  width,
  valueGetter: (v: string | number | null) => (v === null || v === undefined ? null : Number(v)),
  valueFormatter: (v: number | null, r) => formatMoney(v, r.currency),
});

/** The tenant's own CSP Licenses view. */
const tenantHref = (r: PortfolioSubscription) => `/tenant/licenses?tenantFilter=${encodeURIComponent(r.tenantDomain ?? r.tenantId)}`;

export function allTenantsColumns(withCost: boolean): Col[] {
  const columns: Col[] = [
    {
      field: 'tenant',
      headerName: 'Tenant',
      width: 200,
      valueGetter: (_v, r) => r.tenantName,
      renderCell: ({ row }) => (
        <Link component={NextLink} href={tenantHref(row)}>
          {row.tenantName}
        </Link>
      ),
    },
    { field: 'productName', headerName: 'Product', flex: 1, minWidth: 220 },
    { field: 'mpn', headerName: 'MPN', width: 150 },
    { field: 'quantity', headerName: 'Quantity', type: 'number', width: 90 },
    ...usageColumns<PortfolioSubscription>(),
    { field: 'status', headerName: 'Status', width: 100 },
    { field: 'subscriptionPeriod', headerName: 'Term', width: 70, sortable: false },
    { field: 'billingPeriod', headerName: 'Billing', width: 70, sortable: false },
    money('unitPrice', 'Unit price'),
    money('monthlyPrice', 'Price per month', 140),
    { field: 'currency', headerName: 'Currency', width: 80, sortable: false },
    { field: 'renewalDate', headerName: 'Renews', width: 110 },
    { field: 'autoRenew', headerName: 'Auto-renew', width: 100, sortable: false, valueGetter: (v: boolean) => (v ? 'On' : 'Off') },
    {
      field: 'windowClosesAt',
      headerName: 'NCE window until',
      width: 170,
      sortable: false,
      valueFormatter: (v: string | null) => (v && Date.parse(v) > Date.now() ? new Date(v).toLocaleString() : 'closed'),
    },
  ];
  // ---- Cost and margin (costs.view only: without it the server sends no cost keys at all) ----
  if (withCost) columns.push(money('unitCost', 'Unit cost'), money('monthlyCost', 'Cost per month', 140), money('monthlyMargin', 'Margin per month', 150));
  return columns;
}

/** The columns the server can sort by: the filter's own list. */
export const sortableFields = new Set<string>(subscriptionSortFields);
