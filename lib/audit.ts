import 'server-only';
// The audit log: one row per mutation or refused attempt. Callers pass no secrets;
// values under secret-looking keys are replaced as a second line of defence.
import { getDb } from '@/db';
import { auditLog } from '@/db/schema';

type AuditEntry = {
  action: string;
  result: 'success' | 'failure' | 'refused';
  user?: { id: string; email: string; role: string } | null;
  tenantId?: string | null;
  target?: string | null;
  before?: unknown;
  after?: unknown;
  message?: string | null;
  correlationId?: string | null;
};

const SECRET_KEY = /pass(word)?|secret|token|subscriptionkey|apikey/i;

function scrub(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(scrub);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, SECRET_KEY.test(k) ? '[redacted]' : scrub(v)]),
    );
  }
  return value;
}

export function writeAudit(entry: AuditEntry): void {
  getDb()
    .insert(auditLog)
    .values({
      action: entry.action,
      result: entry.result,
      userId: entry.user?.id ?? null,
      userEmail: entry.user?.email ?? null,
      role: entry.user?.role ?? null,
      tenantId: entry.tenantId ?? null,
      target: entry.target ?? null,
      before: entry.before === undefined ? null : scrub(entry.before),
      after: entry.after === undefined ? null : scrub(entry.after),
      message: entry.message?.slice(0, 2000) ?? null,
      correlationId: entry.correlationId ?? null,
    })
    .run();
}
