import 'server-only';
// The one factory every server action is built with: require a signed-in user (re-read
// from the database) -> check the permission table -> parse input with zod -> run ->
// the action's own ActionResult. Refusals are returned with a clear message and written to the audit log.
import { unstable_rethrow } from 'next/navigation';
import { z } from 'zod';
import { writeAnonymousRefusal, writeAudit } from '@/lib/audit';
import { getCurrentUser, type CurrentUser } from '@/lib/auth/current-user';
import { levelAllows, type Permission } from '@/lib/auth/permissions';
import { firstOutOfScope } from '@/lib/auth/tenant-scope';
import { fail, type ActionResult } from './result';
import { actionRegistry } from './registry';
import { unexpectedFailure } from './unexpected';

type AuditEntry = Parameters<typeof writeAudit>[0];

export type ActionContext = {
  user: CurrentUser;
  /** Writes an audit row for the signed-in user; the audit action defaults to the action's name. */
  audit: (entry: Omit<AuditEntry, 'user' | 'action'> & { action?: string }) => void;
};

type Def<S extends z.ZodType, T> = {
  /** Unique name, also the audit action. */
  name: string;
  permission: Permission;
  /** Extra check after the permission table (e.g. the Ingram settings' purchase roles). */
  authorize?: (user: CurrentUser) => true | string;
  schema: S;
  /** Returns its result explicitly: `{ ok: true, data }` or `fail(...)`. */
  run: (input: z.output<S>, ctx: ActionContext) => Promise<ActionResult<T>>;
};

/** What a caller learns about a tenant outside its scope: the same as for one that does not exist. */
export const TENANT_NOT_FOUND = 'No such tenant.';

export function fieldErrorsOf(error: z.ZodError): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = issue.path.length ? issue.path.join('.') : '_form';
    (out[key] ??= []).push(issue.message);
  }
  return out;
}

export function defineAction<S extends z.ZodType, T>(def: Def<S, T>) {
  actionRegistry.add(def.name, def.permission, (raw) => action(raw as z.input<S>));
  return action;

  async function action(raw: z.input<S>): Promise<ActionResult<T>> {
    let who: { id: string; email: string; role: string } | null = null;
    try {
      return await guarded(raw, (w) => (who = w));
    } catch (error) {
      unstable_rethrow(error); // Next's own redirect and not-found signals are not failures
      // Whatever was thrown (a bug, the database, an Ingram error): a failure with a reference, never a framework error.
      return unexpectedFailure(error, def.name, who);
    }
  }

  async function guarded(raw: z.input<S>, identify: (who: { id: string; email: string; role: string }) => void): Promise<ActionResult<T>> {
    const user = await getCurrentUser();
    if (!user) {
      writeAnonymousRefusal(def.name);
      return fail('UNAUTHENTICATED', 'You are not signed in, or your session has ended. Sign in again.');
    }
    const who = { id: user.id, email: user.email, role: user.role };
    identify(who);
    const verdict = levelAllows(user.level, def.permission) ? (def.authorize?.(user) ?? true) : 'Your role does not allow this.';
    if (verdict !== true) {
      writeAudit({ action: def.name, result: 'refused', user: who, message: verdict });
      return fail('FORBIDDEN', verdict);
    }
    const parsed = def.schema.safeParse(raw);
    if (!parsed.success) {
      return fail('VALIDATION', 'Some values are not valid. Correct them and try again.', { fieldErrors: fieldErrorsOf(parsed.error) });
    }
    // A tenant outside the role's scope is answered as if it did not exist, and the attempt is audited.
    const outside = firstOutOfScope(user.scope, parsed.data);
    if (outside) {
      writeAudit({ action: def.name, result: 'refused', user: who, tenantId: outside, message: 'Tenant outside the role’s scope.' });
      return fail('NOT_FOUND', TENANT_NOT_FOUND);
    }
    const ctx: ActionContext = { user, audit: (entry) => writeAudit({ ...entry, action: entry.action ?? def.name, user: who }) };
    return def.run(parsed.data, ctx);
  }
}
