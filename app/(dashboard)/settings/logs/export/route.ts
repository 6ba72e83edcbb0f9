// The filtered audit log as a CSV download (every matching row, not only the page shown).
import Papa from 'papaparse';
import { parseAuditFilter } from '@/lib/logs/filter';
import { listAuditForExport } from '@/lib/logs/queries';
import { authorizeRoute } from '@/lib/orders/route-auth';

export async function GET(req: Request) {
  // Refusals answer like every route (code + message) and are written to the audit log.
  const auth = await authorizeRoute('logs.view', 'route:GET /settings/logs/export');
  if ('response' in auth) return auth.response;
  const rows = listAuditForExport(parseAuditFilter(new URL(req.url).searchParams));
  const csv = Papa.unparse(
    rows.map((r) => ({
      when: r.at, user: r.userEmail ?? '', role: r.role ?? '', tenant: r.tenantName ?? r.tenantId ?? '', tenantId: r.tenantId ?? '',
      action: r.action, target: r.target ?? '', before: r.before ?? '', after: r.after ?? '', result: r.result, message: r.message ?? '', correlationId: r.correlationId ?? '',
    })),
    // Cells starting with = + - @ would run as formulas in a spreadsheet.
    { escapeFormulae: true, columns: ['when', 'user', 'role', 'tenant', 'tenantId', 'action', 'target', 'before', 'after', 'result', 'message', 'correlationId'] },
  );
  const name = `audit-log-${new Date().toISOString().slice(0, 10)}.csv`;
  return new Response(`\uFEFF${csv}`, {
    headers: { 'content-type': 'text/csv; charset=utf-8', 'content-disposition': `attachment; filename="${name}"`, 'cache-control': 'no-store' },
  });
}
