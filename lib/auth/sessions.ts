import 'server-only';
// Server-side session state behind the JWT cookie: a cookie is honoured only while its row is open,
// younger than the absolute lifetime, used within the idle timeout, and its user's sessionVersion
// is the one it was issued with (a password change, disabling or a role change bumps it).
import { randomUUID } from 'node:crypto';
import { and, eq, isNull, lt, sql } from 'drizzle-orm';
import { getDb, preparedOnce } from '@/db';
import { authSessions, users } from '@/db/schema';
import { env } from '@/lib/env';

/** What the JWT carries about its session. */
export type SessionClaims = { uid: string; sid: string; sv: number };

// Writing lastSeenAt on every request is wasteful: once a minute is precise enough for the idle limit.
const TOUCH_EVERY_MS = 60_000;

/** Opens a session for a user who has just signed in; undefined when the user cannot sign in. */
export function startSession(userId: string, now = Date.now()): SessionClaims | undefined {
  const db = getDb();
  const user = db.select({ sv: users.sessionVersion, disabled: users.disabled }).from(users).where(eq(users.id, userId)).get();
  if (!user || user.disabled) return undefined;
  const sid = randomUUID();
  db.insert(authSessions)
    .values({ id: sid, userId, createdAt: new Date(now), lastSeenAt: new Date(now) })
    .run();
  db.delete(authSessions)
    .where(lt(authSessions.lastSeenAt, new Date(now - env().SESSION_MAX_AGE_SECONDS * 1000)))
    .run();
  return { uid: userId, sid, sv: user.sv };
}

// Read on every request: prepared once per connection.
const sessionRow = preparedOnce((db) =>
  db
    .select({ createdAt: authSessions.createdAt, lastSeenAt: authSessions.lastSeenAt, endedAt: authSessions.endedAt, sv: users.sessionVersion, disabled: users.disabled })
    .from(authSessions)
    .innerJoin(users, eq(users.id, authSessions.userId))
    .where(and(eq(authSessions.id, sql.placeholder('sid')), eq(authSessions.userId, sql.placeholder('uid'))))
    .prepare(),
);

/** Why a session cookie is no longer honoured, or undefined while it is valid (and then it is touched). */
export function sessionProblem(claims: Partial<SessionClaims>, now = Date.now()): string | undefined {
  if (typeof claims.uid !== 'string' || typeof claims.sid !== 'string' || typeof claims.sv !== 'number') return 'no session';
  const db = getDb();
  const row = sessionRow().get({ sid: claims.sid, uid: claims.uid });
  if (!row || row.endedAt) return 'signed out';
  if (row.disabled) return 'user disabled';
  if (row.sv !== claims.sv) return 'password, role or status changed';
  const e = env();
  if (now - row.createdAt.getTime() >= e.SESSION_MAX_AGE_SECONDS * 1000) return 'absolute lifetime reached';
  if (now - row.lastSeenAt.getTime() >= e.SESSION_IDLE_SECONDS * 1000) return 'idle too long';
  if (now - row.lastSeenAt.getTime() >= TOUCH_EVERY_MS) {
    db.update(authSessions)
      .set({ lastSeenAt: new Date(now) })
      .where(eq(authSessions.id, claims.sid))
      .run();
  }
  return undefined;
}

/** Sign-out: this session ends on the server, so a copied cookie is refused too. */
export function endSession(sid: unknown, now = Date.now()): void {
  if (typeof sid !== 'string') return;
  getDb()
    .update(authSessions)
    .set({ endedAt: new Date(now) })
    .where(and(eq(authSessions.id, sid), isNull(authSessions.endedAt)))
    .run();
}
