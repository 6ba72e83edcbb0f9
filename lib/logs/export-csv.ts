import 'server-only';
// The audit log as CSV. A cell a spreadsheet would run as a formula gets a leading quote:
// Papa's own check (`^[=+\-@\t\r].*$`) misses values with a line break, so it is replaced.
import Papa from 'papaparse';
import { roleDisplayName } from '@/lib/auth/roles';
import type { AuditDTO } from './queries';

/**
 * Formula starts (after any spaces or line breaks), or a leading tab or carriage return. A plain
 * negative number is not a formula: it stays a number a spreadsheet can add up.
 */
export const FORMULA_START = /^(?!-\d+(?:\.\d+)?$)(?:[\s\u00a0]*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]|[\t\r])/;

const COLUMNS = ['when', 'user', 'role', 'tenant', 'tenantId', 'action', 'target', 'product', 'change', 'before', 'after', 'result', 'message', 'correlationId'];

export function auditCsv(rows: AuditDTO[]): string {
  const csv = Papa.unparse(
    rows.map((r) => ({
      when: r.at,
      user: r.userEmail ?? '',
      role: r.role ? roleDisplayName(r.role) : '',
      tenant: r.tenantName ?? r.tenantId ?? '',
      tenantId: r.tenantId ?? '',
      action: r.action,
      target: r.target ?? '',
      product: r.productName ?? '',
      change: r.change,
      before: r.before ?? '',
      after: r.after ?? '',
      result: r.result,
      message: r.message ?? '',
      correlationId: r.correlationId ?? '',
    })),
    { escapeFormulae: FORMULA_START, columns: COLUMNS },
  );
  return `\uFEFF${csv}`;
}
