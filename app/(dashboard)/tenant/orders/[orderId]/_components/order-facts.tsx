'use client';
import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableRow from '@mui/material/TableRow';
import NextLink from 'next/link';
import type { ReactNode } from 'react';
import type { OrderView } from '@/lib/orders/view';

const when = (iso: string | null) => (iso ? new Date(iso).toLocaleString() : '');

/** What the order is: number, PO, product, seats, dates, who placed it, the subscription. */
export function OrderFacts({ view, tenantFilter }: { view: OrderView; tenantFilter: string }) {
  const rows: Array<[string, ReactNode]> = [
    ['Order number', view.orderNumber ?? 'Not known yet'],
    ['Ingram order id', view.ingramOrderId ?? 'Not known yet'],
    ['Type', view.kindLabel],
    ['PO number', view.poNumber ?? ''],
    ['Your reference', view.customerReference ?? ''],
    ['Product', view.productName ?? ''],
    ['MPN', view.mpn ?? ''],
    ['Quantity', view.seats],
    ['Created', when(view.createdAt)],
    ['Provisioned', when(view.provisionedAt)],
    ['Placed by', view.placedBy ?? (view.source === 'ingram' ? 'Outside this app' : '')],
    [
      view.type === 'sales' && view.status === 'completed' ? 'Subscription created' : 'Subscription',
      view.subscriptionId ? (
        <Link component={NextLink} href={`/tenant/licenses?tenantFilter=${encodeURIComponent(tenantFilter)}&subscriptionId=${encodeURIComponent(view.subscriptionId)}`}>
          {view.subscriptionId}
        </Link>
      ) : view.status === 'error' && view.type === 'sales' ? (
        'None: the order failed, so no subscription was created'
      ) : (
        'Not known yet'
      ),
    ],
  ];
  return (
    <Paper variant="outlined">
      <Table size="small" aria-label="Order details">
        <TableBody>
          {rows.map(([label, value]) => (
            <TableRow key={label}>
              <TableCell component="th" scope="row" sx={{ fontWeight: 600, width: 200 }}>
                {label}
              </TableCell>
              <TableCell>{value}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Paper>
  );
}
