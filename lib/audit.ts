import 'server-only';
// The audit log: one row per mutation or refused attempt. Callers pass no secrets;
// values under secret-looking keys are replaced as a second line of defence.
import { and, desc, eq, gte, isNull } from 'drizzle-orm';
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
    return Object.fromEntries(Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, SECRET_KEY.test(k) ? '[redacted]' : scrub(v)]));
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

const NOT_SIGNED_IN = 'Not signed in';

/**
 * A refusal for want of a session: one row per action and minute, with the count of attempts,
 * so anonymous callers cannot flood the log (or the disk) one row per request.
 */
export function writeAnonymousRefusal(action: string, now = new Date()): void {
  const minute = new Date(Math.floor(now.getTime() / 60_000) * 60_000);
  const db = getDb();
  db.transaction((tx) => {
    const row = tx
      .select({ id: auditLog.id, after: auditLog.after })
      .from(auditLog)
      .where(and(eq(auditLog.action, action), eq(auditLog.result, 'refused'), isNull(auditLog.userEmail), gte(auditLog.at, minute)))
      .orderBy(desc(auditLog.id))
      .get();
    const seen = (row?.after as { attempts?: number } | null)?.attempts;
    if (row && typeof seen === 'number') {
      const attempts = seen + 1;
      tx.update(auditLog)
        .set({ after: { attempts }, message: `${NOT_SIGNED_IN} (${attempts} attempts in this minute)` })
        .where(eq(auditLog.id, row.id))
        .run();
      return;
    }
    tx.insert(auditLog)
      .values({ action, result: 'refused', at: now, after: { attempts: 1 }, message: NOT_SIGNED_IN })
      .run();
  });
}
