import 'server-only';
// A bug or an outage nobody planned for: never a framework error page or a bare 500. The person
// gets a short reference; the server log and the audit row carry the same one, so a report finds both.
import { randomBytes } from 'node:crypto';
import { writeAudit } from '@/lib/audit';
import { isIngramError } from '@/lib/ingram';
import { fail, type ActionFailure } from './result';

const ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/** "ERR-7K2QXM": short enough to read out over the phone. */
export function newErrorReference(): string {
  return `ERR-${Array.from(randomBytes(6), (b) => ALPHABET[b % 32]).join('')}`;
}

type Who = { id: string; email: string; role: string } | null;

/** Ingram errors keep their message, status and correlation id; anything else gets a reference, logged and audited. */
export function unexpectedFailure(error: unknown, operation: string, user: Who): ActionFailure {
  if (isIngramError(error)) {
    const pub = error.toPublic();
    const code = pub.kind === 'disabled' || pub.kind === 'unconfigured' ? 'DISABLED' : 'UPSTREAM';
    return fail(code, pub.message, { upstream: { ...pub, operation: pub.operation || operation } });
  }
  const reference = newErrorReference();
  console.error(`[${reference}] ${operation} failed unexpectedly`, error);
  try {
    writeAudit({
      action: operation,
      result: 'failure',
      user,
      message: `Unexpected error (reference ${reference}): ${error instanceof Error ? error.message : String(error)}`,
      correlationId: reference,
    });
  } catch (auditError) {
    // The database itself may be what failed: the log line above still carries the reference.
    console.error(`[${reference}] the audit row could not be written`, auditError);
  }
  return fail('FAILED', `Something went wrong on the server (reference ${reference}). Try again; if it happens again, give this reference to your administrator.`, { reference });
}
