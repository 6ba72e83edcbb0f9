// A tenant's subscriptions for the CSP Licenses grid (react-query refetches this after every change).
import { z } from 'zod';
import { defineRoute } from '@/lib/actions/route';
import { fail, ok } from '@/lib/actions/result';
import { levelAllows } from '@/lib/auth/permissions';
import { withCosts } from '@/lib/inventory/costs';
import { usageNoticeFor, withUsage } from '@/lib/inventory/usage-view';
import { loadTenantLicenses } from '@/lib/licenses/load';
import { tenantIngramContext } from '@/lib/tenants/ingram-context';
import { getTenantByTenantId } from '@/lib/tenants/queries';

export const dynamic = 'force-dynamic';

export const GET = defineRoute({
  route: '/api/tenants/[tenantId]/licenses',
  permission: 'licenses.view',
  params: z.object({ tenantId: z.string().trim().toLowerCase() }),
  search: z.object({ terminated: z.enum(['0', '1']).optional() }),
  async run({ params, search }, { user }) {
    const context = tenantIngramContext(getTenantByTenantId(params.tenantId));
    if (context.state === 'no-tenant') return fail('NOT_FOUND', 'No such tenant.');
    if (context.state !== 'ready') return fail('CONFLICT', `The tenant cannot be read from Ingram Micro (${context.state}).`);
    const loaded = await loadTenantLicenses({ tenantId: context.tenant.tenantId, customerId: context.customerId, includeTerminated: search.terminated === '1' });
    // Cost and margin only for costs.view (the live load has written them to the inventory).
    const tenantId = context.tenant.tenantId;
    const rows = withUsage(tenantId, levelAllows(user.level, 'costs.view') ? withCosts(tenantId, loaded.rows) : loaded.rows);
    return ok({ ...loaded, rows, usageNotice: usageNoticeFor(tenantId, context.tenant.displayName) });
  },
});
