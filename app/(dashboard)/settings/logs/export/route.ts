// The filtered audit log as a CSV download (every matching row, not only the page shown).
import Papa from 'papaparse';
import { defineRoute } from '@/lib/actions/route';
import { auditFilterSchema } from '@/lib/logs/filter';
import { listAuditForExport } from '@/lib/logs/queries';

const COLUMNS = ['when', 'user', 'role', 'tenant', 'tenantId', 'action', 'target', 'before', 'after', 'result', 'message', 'correlationId'];

export const GET = defineRoute({
  route: '/settings/logs/export',
  permission: 'logs.view',
  // The same filter the logs page reads: a bad value falls back to its default, as it does there.
  search: auditFilterSchema,
  async run({ search }) {
    const rows = listAuditForExport(search);
    const csv = Papa.unparse(
      rows.map((r) => ({
        when: r.at, user: r.userEmail ?? '', role: r.role ?? '', tenant: r.tenantName ?? r.tenantId ?? '', tenantId: r.tenantId ?? '',
        action: r.action, target: r.target ?? '', before: r.before ?? '', after: r.after ?? '', result: r.result, message: r.message ?? '', correlationId: r.correlationId ?? '',
      })),
      // Cells starting with = + - @ would run as formulas in a spreadsheet.
      { escapeFormulae: true, columns: COLUMNS },
    );
    const name = `audit-log-${new Date().toISOString().slice(0, 10)}.csv`;
    return new Response(`\uFEFF${csv}`, {
      headers: { 'content-type': 'text/csv; charset=utf-8', 'content-disposition': `attachment; filename="${name}"`, 'cache-control': 'no-store' },
    });
  },
});
