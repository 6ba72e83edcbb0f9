// The filtered audit log as a CSV download (every matching row, not only the page shown).
import { defineRoute } from '@/lib/actions/route';
import { auditCsv } from '@/lib/logs/export-csv';
import { auditFilterSchema } from '@/lib/logs/filter';
import { listAuditForExport } from '@/lib/logs/queries';

export const GET = defineRoute({
  route: '/settings/logs/export',
  permission: 'logs.view',
  // The same filter the logs page reads: a bad value falls back to its default, as it does there.
  search: auditFilterSchema,
  async run({ search }, { user }) {
    const csv = auditCsv(listAuditForExport(search, user.scope));
    const name = `audit-log-${new Date().toISOString().slice(0, 10)}.csv`;
    return new Response(csv, {
      headers: { 'content-type': 'text/csv; charset=utf-8', 'content-disposition': `attachment; filename="${name}"`, 'cache-control': 'no-store' },
    });
  },
});
