'use client';
import type { GridColDef } from '@mui/x-data-grid';
import { useSyncExternalStore } from 'react';
import { formatMoney } from '@/lib/money';
import { termBucketLabel } from '@/lib/inventory/filter';
import { isoWeek } from '@/lib/renewals/schedule';
import type { RenewalRow } from '@/lib/renewals/types';

type Col = GridColDef<RenewalRow>;

const noop = () => () => {};
/** The viewer's local time: rendered in the browser only (the server does not know the viewer's zone). */
function LocalTime({ iso }: { iso: string }) {
  const inBrowser = useSyncExternalStore(
    noop,
    () => true,
    () => false,
  );
  if (!inBrowser || !iso) return null;
  return <>{new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' })}</>;
}

/** "2026-12-14 23:59 UTC" */
export const utcMinute = (iso: string) => (iso ? `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC` : '—');

export const renewalColumns: Col[] = [
  { field: 'renewalDate', headerName: 'Renews', width: 105 },
  { field: 'tenantName', headerName: 'Tenant', width: 170 },
  { field: 'productName', headerName: 'Product', flex: 1, minWidth: 190 },
  { field: 'quantity', headerName: 'Quantity', type: 'number', width: 80 },
  { field: 'lastSafeMoment', headerName: 'Last safe moment (UTC)', width: 175, valueFormatter: (v: string) => utcMinute(v) },
  {
    field: 'localSafeMoment',
    headerName: 'Last safe moment (your time)',
    width: 195,
    sortable: false,
    valueGetter: (_v, r) => r.lastSafeMoment,
    renderCell: ({ row }) => <LocalTime iso={row.lastSafeMoment} />,
  },
  {
    field: 'totalPrice',
    headerName: 'Next term price',
    width: 190,
    type: 'number',
    valueGetter: (v: string | null) => (v === null ? null : Number(v)),
    valueFormatter: (v: number | null, r) => (v === null ? '—' : `${formatMoney(v, r.currency)} ${r.currency ?? ''} per ${r.pricePeriod}`),
  },
  { field: 'autoRenew', headerName: 'Auto-renew', width: 95, valueGetter: (v: boolean) => (v ? 'On' : 'Off') },
  { field: 'scheduledChange', headerName: 'Scheduled change', width: 195, valueFormatter: (v: string | null) => v ?? '—' },
  { field: 'term', headerName: 'Term', width: 95, valueFormatter: (v: RenewalRow['term']) => (v ? termBucketLabel[v] : '—') },
  { field: 'week', headerName: 'ISO week', width: 95, valueGetter: (_v, r) => isoWeek(r.renewalDate).key },
  { field: 'windowClosesAt', headerName: 'NCE window until', width: 170, valueFormatter: (v: string | null) => (v ? utcMinute(v) : 'Closed') },
];
