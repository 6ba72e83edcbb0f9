// The filtered audit log as a CSV download (every matching row, not only the page shown).
import Papa from 'papaparse';
import { getCurrentUser } from '@/lib/auth/current-user';
import { levelAllows } from '@/lib/auth/permissions';
import { parseAuditFilter } from '@/lib/logs/filter';
import { listAuditForExport } from '@/lib/logs/queries';

export async function GET(req: Request) {
  const user = await getCurrentUser();
  if (!user) return Response.json({ error: 'You are not signed in. Sign in again.' }, { status: 401 });
  if (!levelAllows(user.level, 'logs.view')) return Response.json({ error: 'Your role does not allow this.' }, { status: 403 });
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
