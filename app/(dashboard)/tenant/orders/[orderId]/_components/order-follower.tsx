'use client';
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import LinearProgress from '@mui/material/LinearProgress';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import NextLink from 'next/link';
import { PageHeader } from '@/components/page-header';
import { ActionErrorAlert } from '@/components/upstream-error';
import { orderViewQuery } from '@/lib/orders/queries-client';
import type { OrderView } from '@/lib/orders/view';
import { OrderStatusChip } from '@/components/order-status-chip';
import { OrderFacts } from './order-facts';
import { OrderLines } from './order-lines';
import { WithdrawOrder } from './withdraw-order';

/** The order's page: follows the order with backoff until it completes, fails or is cancelled. */
export function OrderFollower({ initial, tenantId, tenantFilter, canWithdraw = false }: { initial: OrderView; tenantId: string; tenantFilter: string; canWithdraw?: boolean }) {
  const query = useQuery(orderViewQuery(tenantId, initial));
  const result = query.data;
  const view = result?.ok ? result.data : initial;
  return (
    <>
      <PageHeader
        title={view.orderNumber ? `Order ${view.orderNumber}` : 'Order (number not known yet)'}
        subtitle={
          <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
            <span>Status:</span>
            <OrderStatusChip status={view.status} />
          </Stack>
        }
        actions={
          <Stack direction="row" spacing={1}>
            {canWithdraw && view.scheduled && !view.final && <WithdrawOrder view={view} tenantId={tenantId} onDone={() => query.refetch()} />}
            <Button component={NextLink} href={`/tenant/orders?tenantFilter=${encodeURIComponent(tenantFilter)}`}>
              All orders
            </Button>
          </Stack>
        }
      />
      <Stack spacing={2}>
        {view.recoveredAt && (
          <Alert severity="info" data-testid="order-recovered">
            <AlertTitle>Recovered after an unclear answer</AlertTitle>
            Ingram Micro’s first answer did not say whether the order was made (a timeout or a server error). The app found it at Ingram Micro by its PO number
            {view.poNumber ? ` ${view.poNumber}` : ''} on {new Date(view.recoveredAt).toLocaleString()} and did not place it again.
          </Alert>
        )}
        {view.status === 'scheduled' && (
          <Alert severity="info" data-testid="order-scheduled">
            <AlertTitle>Waits for the renewal date{view.scheduledFor ? ` (${view.scheduledFor})` : ''}</AlertTitle>
            Ingram Micro processes this {view.kindLabel.toLowerCase()} ({view.seats}) at 00:00 UTC on the subscription’s renewal date{view.scheduledFor ? `, ${view.scheduledFor}` : ''}. Until then the
            subscription keeps its seats; this page does not keep checking.
          </Alert>
        )}
        {view.following && (
          <Box>
            <LinearProgress aria-label="Following the order" />
            <Typography variant="body2" color="text.secondary" sx={{ mt: 0.5 }}>
              Following the order: this page checks with Ingram Micro until it completes.
            </Typography>
          </Box>
        )}
        {view.status === 'unknown' && (
          <Alert severity="warning">
            <AlertTitle>Unknown, still checking</AlertTitle>
            Ingram Micro’s answer did not say whether the order was made. The app is looking it up by its PO number{view.poNumber ? ` ${view.poNumber}` : ''}. Do not place it again.
          </Alert>
        )}
        {view.status === 'error' && (
          <Alert severity="error" data-testid="order-error">
            <AlertTitle>The order failed</AlertTitle>
            {view.errorMessage}
            {view.error && (
              <Typography variant="caption" component="div" sx={{ fontFamily: 'monospace', mt: 0.5 }}>
                {view.error.status ? `HTTP ${view.error.status}` : ''}
                {view.error.status && view.error.correlationId ? ' · ' : ''}
                {view.error.correlationId ? `Correlation ID: ${view.error.correlationId}` : ''}
              </Typography>
            )}
          </Alert>
        )}
        {view.status === 'completed' && view.type === 'sales' && view.subscriptionId && <Alert severity="success">The order is complete: subscription {view.subscriptionId} was created.</Alert>}
        {view.refreshError && (
          <ActionErrorAlert failure={{ ok: false, code: 'UPSTREAM', error: view.refreshError.message, upstream: view.refreshError }} title="Could not check the order just now: trying again" />
        )}
        {result && !result.ok && <ActionErrorAlert failure={result} title="Could not check the order just now" onRetry={() => query.refetch()} />}
        <OrderFacts view={view} tenantFilter={tenantFilter} />
        <OrderLines view={view} />
      </Stack>
    </>
  );
}
