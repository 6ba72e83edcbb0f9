// Issue 14.3: sessions end on the server. Cookies are minted as Auth.js mints them and sent to
// its real session endpoint; the clock is the test's (vi.setSystemTime), never a guess.
import { encode } from 'next-auth/jwt';
import { NextRequest } from 'next/server';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { getDb } from '@/db/index';
import { users } from '@/db/schema';
import { handlers } from '@/lib/auth';
import { endSession, startSession } from '@/lib/auth/sessions';
import { env } from '@/lib/env';
import { readOrCreateSecretFile } from '@/lib/secret-file';
import { setUserDisabled, setUserPassword, updateUser } from '@/lib/users/mutations';

const COOKIE = 'authjs.session-token';
const T0 = new Date('2026-03-02T08:00:00Z').getTime();
const HOUR = 3600_000;
let n = 0;

beforeAll(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(T0);
});
afterEach(() => vi.setSystemTime(T0));

function newUser(): string {
  const email = `session-${++n}@demo.local`;
  return getDb().insert(users).values({ email, name: 'Sam Session', role: 'editor', passwordHash: 'x' }).returning({ id: users.id }).get().id;
}

/** A cookie for a fresh sign-in, as the jwt callback would have made it. */
async function signedInCookie(userId: string): Promise<{ cookie: string; sid: string }> {
  const claims = startSession(userId)!;
  const secret = readOrCreateSecretFile('auth.secret', () => 'unused');
  const token = await encode({ token: { sub: userId, ...claims }, secret, salt: COOKIE, maxAge: env().SESSION_MAX_AGE_SECONDS });
  return { cookie: token, sid: claims.sid };
}

/** GET /api/auth/session with a cookie: the session (or null) and any renewed cookie. */
async function sessionFor(cookie: string): Promise<{ body: { user?: { id?: string } } | null; renewed?: string }> {
  const req = new NextRequest('http://127.0.0.1:3000/api/auth/session', { headers: { cookie: `${COOKIE}=${cookie}` } });
  const res = await handlers.GET(req);
  const renewed = res.headers
    .getSetCookie()
    .find((c) => c.startsWith(`${COOKIE}=`))
    ?.split(';')[0]!
    .slice(COOKIE.length + 1);
  return { body: (await res.json()) as { user?: { id?: string } } | null, renewed: renewed || undefined };
}

describe('the session endpoint', () => {
  it('answers for a fresh cookie', async () => {
    const id = newUser();
    const { cookie } = await signedInCookie(id);
    expect((await sessionFor(cookie)).body?.user?.id).toBe(id);
  });

  it('refuses an old cookie after sign-out', async () => {
    const id = newUser();
    const { cookie, sid } = await signedInCookie(id);
    endSession(sid);
    expect((await sessionFor(cookie)).body).toBeNull();
  });

  it('refuses every old cookie of a user after a password reset, and a new sign-in works', async () => {
    const id = newUser();
    const a = await signedInCookie(id);
    const b = await signedInCookie(id);
    setUserPassword(id, 'another-hash');
    expect((await sessionFor(a.cookie)).body).toBeNull();
    expect((await sessionFor(b.cookie)).body).toBeNull();
    expect((await sessionFor((await signedInCookie(id)).cookie)).body?.user?.id).toBe(id);
  });

  it('refuses old cookies after a role change or disabling, not after a name change', async () => {
    const id = newUser();
    const named = await signedInCookie(id);
    updateUser({ id, name: 'Renamed', role: 'editor' });
    expect((await sessionFor(named.cookie)).body?.user?.id).toBe(id);
    updateUser({ id, name: 'Renamed', role: 'readonly' });
    expect((await sessionFor(named.cookie)).body).toBeNull();
    const fresh = await signedInCookie(id);
    setUserDisabled(id, true);
    expect((await sessionFor(fresh.cookie)).body).toBeNull();
    // Enabled again, the disabled-era cookie stays dead.
    setUserDisabled(id, false);
    expect((await sessionFor(fresh.cookie)).body).toBeNull();
  });

  it('ends at the absolute lifetime even when renewed all along', async () => {
    const id = newUser();
    let { cookie } = await signedInCookie(id);
    // Every 20 minutes (inside the idle timeout), so only the absolute lifetime can end it.
    for (let at = T0 + HOUR / 3; at < T0 + 12 * HOUR; at += HOUR / 3) {
      vi.setSystemTime(at);
      const answer = await sessionFor(cookie);
      expect(answer.body?.user?.id, new Date(at).toISOString()).toBe(id);
      expect(answer.renewed).toBeDefined(); // Auth.js re-issues the cookie with a later expiry
      cookie = answer.renewed!;
    }
    vi.setSystemTime(T0 + 12 * HOUR);
    expect((await sessionFor(cookie)).body).toBeNull();
  });

  it('ends after the idle timeout', async () => {
    const id = newUser();
    const { cookie } = await signedInCookie(id);
    vi.setSystemTime(T0 + env().SESSION_IDLE_SECONDS * 1000 - 60_000);
    expect((await sessionFor(cookie)).body?.user?.id).toBe(id);
    vi.setSystemTime(T0 + 2 * env().SESSION_IDLE_SECONDS * 1000 - 120_000);
    expect((await sessionFor(cookie)).body?.user?.id).toBe(id);
    vi.setSystemTime(T0 + 3 * env().SESSION_IDLE_SECONDS * 1000);
    expect((await sessionFor(cookie)).body).toBeNull();
  });
});
