import 'server-only';
// Sign-in attempts are limited per user name and per client address. Each attempt is recorded
// *before* its password is checked, in one immediate transaction with the count, so N parallel
// guesses count N and at most SIGNIN_MAX_FAILURES passwords are ever checked within the window.
import { and, eq, gte, inArray, lt, lte, sql } from 'drizzle-orm';
import { getDb } from '@/db';
import { signInFailures } from '@/db/schema';
import { env } from '@/lib/env';

export type SignInGate = { ok: true; attemptId: number } | { ok: false; reason: 'user' | 'ip' };

function windowStart(now: number): Date {
  return new Date(now - env().SIGNIN_WINDOW_SECONDS * 1000);
}

/** Records one attempt and says whether its password may be checked at all. */
export function beginSignInAttempt(username: string, ip: string | null, now = Date.now()): SignInGate {
  const since = windowStart(now);
  return getDb().transaction(
    (tx): SignInGate => {
      const count = (where: ReturnType<typeof and>) =>
        tx
          .select({ n: sql<number>`count(*)` })
          .from(signInFailures)
          .where(where)
          .get()!.n;
      const byUser = count(and(eq(signInFailures.username, username), gte(signInFailures.at, since)));
      const byIp = ip ? count(and(eq(signInFailures.ip, ip), gte(signInFailures.at, since))) : 0;
      // Refused attempts are recorded too: hammering a locked name keeps it locked.
      const { id } = tx
        .insert(signInFailures)
        .values({ username, ip, at: new Date(now) })
        .returning({ id: signInFailures.id })
        .get();
      tx.delete(signInFailures)
        .where(lt(signInFailures.at, new Date(now - 24 * 3600 * 1000)))
        .run();
      if (byUser >= env().SIGNIN_MAX_FAILURES) return { ok: false, reason: 'user' };
      if (byIp >= env().SIGNIN_MAX_PER_IP) return { ok: false, reason: 'ip' };
      return { ok: true, attemptId: id };
    },
    { behavior: 'immediate' },
  );
}

/** A correct password: forget this name's attempts up to this one (later parallel ones still count). */
export function signInSucceeded(username: string, attemptId: number): void {
  getDb()
    .delete(signInFailures)
    .where(and(eq(signInFailures.username, username), lte(signInFailures.id, attemptId)))
    .run();
}

/** Whether a user name is locked now (for the Users & Roles page). */
export function lockedUserNames(usernames: string[], now = Date.now()): Set<string> {
  if (usernames.length === 0) return new Set();
  const rows = getDb()
    .select({ username: signInFailures.username, n: sql<number>`count(*)` })
    .from(signInFailures)
    .where(and(inArray(signInFailures.username, usernames), gte(signInFailures.at, windowStart(now))))
    .groupBy(signInFailures.username)
    .all();
  return new Set(rows.filter((r) => r.n >= env().SIGNIN_MAX_FAILURES).map((r) => r.username));
}

/** A superadmin's unlock: the name's recorded attempts are removed; returns how many. */
export function unlockSignIn(username: string): number {
  return getDb().delete(signInFailures).where(eq(signInFailures.username, username)).run().changes;
}
