'use client';
// Tenants whose last sync failed: the upstream message, HTTP status and correlation id, and a Retry.
import Button from '@mui/material/Button';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { ActionErrorAlert } from '@/components/upstream-error';
import type { ActionFailure } from '@/lib/actions/result';
import { syncStatusKey } from '@/lib/inventory/queries-client';
import type { FailingTenantDto } from '@/lib/inventory/sync/status';
import { retryTenantSyncAction } from '../actions';

export function SyncFailingTenants({ failing }: { failing: FailingTenantDto[] }) {
  const qc = useQueryClient();
  const [retrying, setRetrying] = useState<string | null>(null);
  const [failure, setFailure] = useState<ActionFailure | null>(null);
  const retry = async (tenantId: string) => {
    setRetrying(tenantId);
    setFailure(null);
    const res = await retryTenantSyncAction({ tenantId });
    setRetrying(null);
    if (!res.ok) setFailure(res);
    await qc.invalidateQueries({ queryKey: syncStatusKey });
  };
  return (
    <>
      {failure && <ActionErrorAlert failure={failure} title="The retry failed" />}
      <Table size="small" aria-label="Tenants whose last sync failed">
        <TableHead>
          <TableRow>
            <TableCell>Tenant</TableCell>
            <TableCell>Error</TableCell>
            <TableCell>HTTP status</TableCell>
            <TableCell>Correlation id</TableCell>
            <TableCell>Last success</TableCell>
            <TableCell />
          </TableRow>
        </TableHead>
        <TableBody>
          {failing.map((f) => (
            <TableRow key={f.tenantId}>
              <TableCell>
                {f.displayName} (customer {f.customerId})
              </TableCell>
              <TableCell>{f.message}</TableCell>
              <TableCell>{f.status ?? '—'}</TableCell>
              <TableCell sx={{ fontFamily: 'monospace' }}>{f.correlationId ?? '—'}</TableCell>
              <TableCell suppressHydrationWarning>{f.lastSuccessAt ? new Date(f.lastSuccessAt).toLocaleString() : 'never'}</TableCell>
              <TableCell>
                <Button size="small" disabled={retrying !== null} onClick={() => void retry(f.tenantId)} aria-label={`Retry ${f.displayName}`}>
                  {retrying === f.tenantId ? 'Retrying…' : 'Retry'}
                </Button>
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </>
  );
}
