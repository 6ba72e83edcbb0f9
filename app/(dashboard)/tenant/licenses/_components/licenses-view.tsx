'use client';
import Alert from '@mui/material/Alert';
import AddIcon from '@mui/icons-material/Add';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import NextLink from 'next/link';
import FormControlLabel from '@mui/material/FormControlLabel';
import Switch from '@mui/material/Switch';
import { useCallback } from 'react';
import { ActionErrorAlert } from '@/components/upstream-error';
import { useHydrated } from '@/components/use-hydrated';
import type { ActionFailure } from '@/lib/actions/result';
import type { LicenseRow, LicensesResponse } from '@/lib/licenses/types';
import type { OrderDto } from '@/lib/orders/types';
import { AsOf } from './as-of';
import { FailedOrders } from './failed-orders';
import { LicenseGrid } from './license-grid';
import { useLicensesFrame } from './licenses-frame';
import { UsageNoticeAlert } from './usage/usage-notices';
import { useFollowedOrders } from './use-followed-orders';
import { useLicenses, useRefreshLicenses } from './use-licenses';

type Props = {
  tenantId: string;
  tenantName: string;
  tenantFilter: string;
  canManage: boolean;
  /** Show the cost and margin columns (the rows carry them only for costs.view). */
  canSeeCosts?: boolean;
  /** The rows rendered on the server (the inventory's, or the live read's); absent when there are none. */
  initial?: LicensesResponse;
  staleAfterMs?: number;
  /** The server is reading live: this view shows `initial` (or loading) until the live rows replace it. */
  pending?: boolean;
  /** The server's live read failed: shown with its upstream details. */
  failure?: ActionFailure;
};

/** The CSP Licenses table with its actions, and the orders it follows until they end (inside a LicensesFrame, which keeps the dialog). */
export function LicensesView({ tenantId, tenantName, tenantFilter, canManage, canSeeCosts = false, initial, staleAfterMs, pending, failure }: Props) {
  const { showTerminated, setShowTerminated, setDialog, orderFailure, setOrderFailure, notice, setNotice } = useLicensesFrame();
  const query = useLicenses(tenantId, showTerminated, { initial, staleAfterMs, pending, failure });
  // A refetch the browser starts on mount shows once hydrated: the server's HTML did not have it.
  const hydrated = useHydrated();
  const fetching = (query.isFetching && hydrated) || (!!pending && !showTerminated);
  const refresh = useRefreshLicenses(tenantId);

  const rows = query.data?.rows ?? [];
  // The app's own open orders are followed; scheduled ones wait for the renewal date.
  const followed = rows.filter((r) => r.inProgress?.localOrderId && !r.inProgress.scheduled).map((r) => r.inProgress!.localOrderId!);

  const onOrderEnded = useCallback(
    (order: OrderDto) => {
      if (order.status === 'error') {
        const message = order.errorMessage ?? `Ingram Micro order ${order.ingramOrderNumber ?? order.poNumber} ended in error.`;
        setOrderFailure({
          ok: false,
          code: 'UPSTREAM',
          error: message,
          upstream: {
            operation: `complete order ${order.ingramOrderNumber ?? order.poNumber}`,
            message,
            status: order.errorStatus ?? undefined,
            correlationId: order.correlationId ?? undefined,
            retryable: false,
          },
        });
      } else {
        setNotice(`Order ${order.ingramOrderNumber ?? order.poNumber} ${order.status}.`);
      }
      void refresh();
    },
    [refresh, setOrderFailure, setNotice],
  );
  useFollowedOrders(followed, onOrderEnded);

  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', gap: 2 }}>
      <Stack direction="row" sx={{ alignItems: 'center', justifyContent: 'space-between', flexWrap: 'wrap', gap: 2 }}>
        <Box sx={{ display: 'flex', alignItems: 'center', gap: 2, flexWrap: 'wrap' }}>
          <FormControlLabel control={<Switch checked={showTerminated} onChange={(e) => setShowTerminated(e.target.checked)} />} label="Show terminated subscriptions" />
          <AsOf loadedAt={query.data?.loadedAt} fetching={fetching} onRefresh={() => void query.refetch()} />
        </Box>
        {canManage && (
          <Button variant="contained" startIcon={<AddIcon />} component={NextLink} href={`/tenant/add-subscription?tenantFilter=${encodeURIComponent(tenantFilter)}`}>
            Add subscription
          </Button>
        )}
      </Stack>
      <FailedOrders notices={query.data?.failedOrders ?? []} tenantFilter={tenantFilter} />
      <UsageNoticeAlert notice={query.data?.usageNotice} />
      {notice && (
        <Alert severity="info" data-testid="licenses-notice" onClose={() => setNotice(null)}>
          {notice}
        </Alert>
      )}
      {orderFailure && <ActionErrorAlert failure={orderFailure} title="The order failed" />}
      {query.error && <ActionErrorAlert failure={query.error.failure} title="The subscriptions could not be loaded" onRetry={() => void query.refetch()} />}
      <LicenseGrid
        rows={rows}
        loading={fetching && !query.data}
        exportName={`licenses-${tenantName}`}
        canManage={canManage}
        canSeeCosts={canSeeCosts}
        onAction={(kind, row: LicenseRow) => setDialog({ kind, row })}
      />
    </Box>
  );
}
