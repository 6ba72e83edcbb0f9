// All Tenants export: every filtered row (not only the page shown) as CSV or XLSX, audited.
import { z } from 'zod';
import { defineRoute } from '@/lib/actions/route';
import { writeAudit } from '@/lib/audit';
import { levelAllows } from '@/lib/auth/permissions';
import { subscriptionsCsv, subscriptionsXlsx } from '@/lib/inventory/export';
import { subscriptionPageSchema } from '@/lib/inventory/filter';
import { listAllPortfolioSubscriptions } from '@/lib/inventory/portfolio/subscriptions';

export const dynamic = 'force-dynamic';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export const GET = defineRoute({
  route: '/api/inventory/subscriptions/export',
  permission: 'licenses.view',
  search: subscriptionPageSchema.omit({ page: true, pageSize: true }).extend({ format: z.enum(['csv', 'xlsx']).default('csv') }),
  async run({ search: { format, ...filter } }, { user }) {
    const withCost = levelAllows(user.level, 'costs.view');
    const rows = listAllPortfolioSubscriptions({ ...filter, scope: user.scope }, { withCost });
    writeAudit({ action: 'inventory.export', result: 'success', user: { id: user.id, email: user.email, role: user.role }, target: format, after: { rows: rows.length, withCost, filter } });
    const name = `all-tenants-licenses-${new Date().toISOString().slice(0, 10)}.${format}`;
    const headers = { 'content-disposition': `attachment; filename="${name}"`, 'cache-control': 'no-store' };
    if (format === 'xlsx') return new Response(new Uint8Array(await subscriptionsXlsx(rows, withCost)), { headers: { ...headers, 'content-type': XLSX } });
    return new Response(subscriptionsCsv(rows, withCost), { headers: { ...headers, 'content-type': 'text/csv; charset=utf-8' } });
  },
});
