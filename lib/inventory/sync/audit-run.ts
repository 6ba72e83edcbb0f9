import 'server-only';
// Every finished run leaves an audit row with its counts.
import type { SyncRunRow } from '@/db/schema';
import { writeAudit } from '@/lib/audit';

export function auditRun(run: SyncRunRow, user: { id: string; email: string; role: string } | null): void {
  const seconds = run.finishedAt ? Math.round((run.finishedAt.getTime() - run.startedAt.getTime()) / 1000) : null;
  writeAudit({
    action: `inventory.sync.${run.kind}`,
    result: run.status === 'failed' ? 'failure' : 'success',
    user,
    target: `sync run ${run.id}`,
    after: {
      status: run.status,
      trigger: run.trigger,
      tenants: run.tenantsTotal,
      tenantsFailed: run.tenantsFailed,
      calls: run.calls,
      detailCalls: run.detailCalls,
      subscriptionsSeen: run.subscriptionsSeen,
      subscriptionsChanged: run.subscriptionsChanged,
      subscriptionsGone: run.subscriptionsGone,
      seconds,
    },
    message: `${run.kind} sync ${run.status}: ${run.tenantsDone - run.tenantsFailed} of ${run.tenantsTotal} tenants, ${run.calls} calls`,
  });
}
