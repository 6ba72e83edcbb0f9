import 'server-only';
// Failed sign-ins are limited per user name: too many within the window locks it for a while.
import { and, eq, gte, lt } from 'drizzle-orm';
import { getDb } from '@/db';
import { signInFailures } from '@/db/schema';
import { env } from '@/lib/env';

function windowStart(): Date {
  return new Date(Date.now() - env().SIGNIN_WINDOW_SECONDS * 1000);
}

export function isSignInLocked(username: string): boolean {
  const rows = getDb()
    .select({ id: signInFailures.id })
    .from(signInFailures)
    .where(and(eq(signInFailures.username, username), gte(signInFailures.at, windowStart())))
    .all();
  return rows.length >= env().SIGNIN_MAX_FAILURES;
}

export function recordSignInFailure(username: string): void {
  const db = getDb();
  db.insert(signInFailures).values({ username }).run();
  db.delete(signInFailures).where(lt(signInFailures.at, new Date(Date.now() - 24 * 3600 * 1000))).run();
}

export function clearSignInFailures(username: string): void {
  getDb().delete(signInFailures).where(eq(signInFailures.username, username)).run();
}
