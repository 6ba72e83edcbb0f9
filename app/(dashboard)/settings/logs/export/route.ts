// The filtered audit log as a CSV download (every matching row, not only the page shown).
import { parseAuditFilter } from '@/lib/logs/filter';
import { auditCsv } from '@/lib/logs/export-csv';
import { listAuditForExport } from '@/lib/logs/queries';
import { authorizeRoute } from '@/lib/orders/route-auth';

export async function GET(req: Request) {
  // Refusals answer like every route (code + message) and are written to the audit log.
  const auth = await authorizeRoute('logs.view', 'route:GET /settings/logs/export');
  if ('response' in auth) return auth.response;
  const csv = auditCsv(listAuditForExport(parseAuditFilter(new URL(req.url).searchParams)));
  const name = `audit-log-${new Date().toISOString().slice(0, 10)}.csv`;
  return new Response(csv, {
    headers: { 'content-type': 'text/csv; charset=utf-8', 'content-disposition': `attachment; filename="${name}"`, 'cache-control': 'no-store' },
  });
}
