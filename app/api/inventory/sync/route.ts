// The Sync tab's state: schedule, the run going on (polled while it runs), last runs, failing tenants.
import { defineRoute } from '@/lib/actions/route';
import { ok } from '@/lib/actions/result';
import { syncStatus } from '@/lib/inventory/sync/status';

export const dynamic = 'force-dynamic';

export const GET = defineRoute({
  route: '/api/inventory/sync',
  permission: 'inventory.sync',
  async run() {
    return ok(syncStatus());
  },
});
