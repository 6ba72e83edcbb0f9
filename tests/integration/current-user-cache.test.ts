// getCurrentUser decrypts a session cookie once and keeps its claims: the server-side checks must
// still run on every request. The same cookie is sent again after each change; the clock is the test's.
import { encode } from 'next-auth/jwt';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { getDb } from '@/db/index';
import { customRoles, users } from '@/db/schema';
import { getCurrentUser } from '@/lib/auth/current-user';
import { endSession, startSession } from '@/lib/auth/sessions';
import { env } from '@/lib/env';
import { readOrCreateSecretFile } from '@/lib/secret-file';
import { setUserDisabled, updateUser } from '@/lib/users/mutations';
import { eq } from 'drizzle-orm';

const COOKIE = 'authjs.session-token';
const T0 = new Date('2026-03-02T08:00:00Z').getTime();
const jar = vi.hoisted(() => ({ cookies: new Map<string, string>() }));

vi.mock('next/headers', () => ({
  cookies: async () => ({
    get: (name: string) => (jar.cookies.has(name) ? { name, value: jar.cookies.get(name)! } : undefined),
    has: (name: string) => jar.cookies.has(name),
  }),
  headers: async () => new Headers(),
}));

let n = 0;
beforeAll(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(T0);
});
afterEach(() => {
  vi.setSystemTime(T0);
  jar.cookies.clear();
});

function newUser(role = 'editor'): string {
  const email = `cached-${++n}@demo.local`;
  return getDb().insert(users).values({ email, name: 'Casey Cache', role, passwordHash: 'x' }).returning({ id: users.id }).get().id;
}

/** Signs the user in: the browser now sends this cookie with every request. */
async function signIn(userId: string): Promise<{ sid: string; cookie: string }> {
  const claims = startSession(userId)!;
  const secret = readOrCreateSecretFile('auth.secret', () => 'unused');
  const cookie = await encode({ token: { sub: userId, ...claims }, secret, salt: COOKIE, maxAge: env().SESSION_MAX_AGE_SECONDS });
  jar.cookies.set(COOKIE, cookie);
  return { sid: claims.sid, cookie };
}

describe('getCurrentUser with the same cookie on every request', () => {
  it('answers for a valid cookie, twice', async () => {
    const id = newUser();
    await signIn(id);
    expect((await getCurrentUser())?.id).toBe(id);
    expect((await getCurrentUser())?.level).toBe('editor');
  });

  it('a role change takes effect on the next request', async () => {
    const id = newUser();
    await signIn(id);
    expect((await getCurrentUser())?.level).toBe('editor');
    updateUser({ id, name: 'Casey Cache', role: 'readonly' });
    expect(await getCurrentUser()).toBeUndefined();
  });

  it("a custom role's new base role takes effect on the next request", async () => {
    const role = `Cache Role ${n}`;
    getDb().insert(customRoles).values({ name: role, baseRole: 'editor', description: 'test' }).run();
    const id = newUser(role);
    await signIn(id);
    expect((await getCurrentUser())?.level).toBe('editor');
    getDb().update(customRoles).set({ baseRole: 'readonly' }).where(eq(customRoles.name, role)).run();
    expect((await getCurrentUser())?.level).toBe('readonly');
  });

  it('a disabled user is refused on the next request', async () => {
    const id = newUser();
    await signIn(id);
    expect((await getCurrentUser())?.id).toBe(id);
    setUserDisabled(id, true);
    expect(await getCurrentUser()).toBeUndefined();
  });

  it('a signed-out session is refused on the next request', async () => {
    const id = newUser();
    const { sid } = await signIn(id);
    expect((await getCurrentUser())?.id).toBe(id);
    endSession(sid);
    expect(await getCurrentUser()).toBeUndefined();
  });

  it('refuses an altered cookie and one past its lifetime', async () => {
    const id = newUser();
    const { cookie } = await signIn(id);
    expect((await getCurrentUser())?.id).toBe(id);
    jar.cookies.set(COOKIE, `${cookie.slice(0, -4)}AAAA`);
    expect(await getCurrentUser()).toBeUndefined();
    jar.cookies.set(COOKIE, cookie);
    vi.setSystemTime(T0 + env().SESSION_MAX_AGE_SECONDS * 1000 + 60_000);
    expect(await getCurrentUser()).toBeUndefined();
  });

  it('no cookie: nobody', async () => {
    expect(await getCurrentUser()).toBeUndefined();
  });
});
