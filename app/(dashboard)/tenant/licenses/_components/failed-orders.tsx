'use client';
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Link from '@mui/material/Link';
import Stack from '@mui/material/Stack';
import NextLink from 'next/link';
import type { FailedOrderNotice } from '@/lib/licenses/types';
import { orderKindLabel, orderKind } from '@/lib/orders/labels';

/** Orders of the last 7 days that failed, each with Ingram's reason: the subscription they were for may not be in the grid. */
export function FailedOrders({ notices, tenantFilter }: { notices: FailedOrderNotice[]; tenantFilter: string }) {
  if (notices.length === 0) return null;
  return (
    <Stack spacing={1}>
      {notices.map((n) => (
        <Alert key={n.orderId} severity="error" data-testid="failed-order">
          <AlertTitle>
            {orderKindLabel[orderKind({ type: n.type })]} order{' '}
            <Link component={NextLink} href={`/tenant/orders/${encodeURIComponent(n.orderId)}?tenantFilter=${encodeURIComponent(tenantFilter)}`}>
              {n.orderNumber ?? n.orderId}
            </Link>{' '}
            failed{n.createdAt ? ` (placed ${new Date(n.createdAt).toLocaleString()})` : ''}
          </AlertTitle>
          {n.message}
        </Alert>
      ))}
    </Stack>
  );
}
