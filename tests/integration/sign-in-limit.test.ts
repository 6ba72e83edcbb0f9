// Issue 14.4: the sign-in lock holds under parallel attempts, a per-IP limit throttles spraying
// many user names, and a superadmin's unlock lifts it. Runs Auth.js's credentials check itself.
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/db/index';
import { auditLog, signInFailures, users } from '@/db/schema';
import { authorizeCredentials } from '@/lib/auth';
import { hashPassword } from '@/lib/auth/password';
import { unlockSignIn } from '@/lib/auth/sign-in-limit';
import { resetEnvCache } from '@/lib/env';
import { emptyTables } from '@/tests/support/db';

const PASSWORD = 'Right-Password-2026';
let email = '';
let n = 0;

beforeAll(async () => {
  await hashPassword(PASSWORD).then((passwordHash) => {
    for (let i = 0; i < 4; i++)
      getDb()
        .insert(users)
        .values({ email: `lock-${i}@demo.local`, name: 'Lee Lock', role: 'editor', passwordHash })
        .run();
  });
});
afterEach(() => {
  delete process.env.SIGNIN_MAX_PER_IP;
  resetEnvCache();
  emptyTables(signInFailures);
});

const fromIp = (ip: string) => new Request('http://127.0.0.1/api/auth/callback/credentials', { headers: { 'x-forwarded-for': ip } });
const attempt = (password: string, who = email, ip = '10.0.0.1') =>
  authorizeCredentials({ email: who, password }, fromIp(ip)).then(
    (u) => (u ? 'signed-in' : 'wrong'),
    (e: { code?: string }) => e.code ?? 'error',
  );
const checked = (who: string) =>
  getDb()
    .select()
    .from(auditLog)
    .all()
    .filter((r) => r.target === who || r.userEmail === who)
    .filter((r) => r.result !== 'refused').length;

describe('the sign-in lock', () => {
  it('12 parallel sign-ins with the right password among them stay locked, and only 5 passwords are checked', async () => {
    email = `lock-${n++}@demo.local`;
    const passwords = Array.from({ length: 12 }, (_, i) => (i === 6 ? PASSWORD : `wrong-${i}`));
    const results = await Promise.all(passwords.map((p) => attempt(p)));
    expect(results.filter((r) => r === 'wrong')).toHaveLength(5);
    expect(results.filter((r) => r === 'locked')).toHaveLength(7);
    expect(results[6]).toBe('locked');
    expect(checked(email)).toBe(5);
    // Afterwards the right password is still refused, until a superadmin unlocks.
    expect(await attempt(PASSWORD)).toBe('locked');
    expect(unlockSignIn(email)).toBeGreaterThanOrEqual(12);
    expect(await attempt(PASSWORD)).toBe('signed-in');
  });

  it('a success forgets only the attempts before it: parallel guesses after it still count', async () => {
    email = `lock-${n++}@demo.local`;
    const results = await Promise.all([PASSWORD, 'w1', 'w2', 'w3', 'w4', 'w5', 'w6'].map((p) => attempt(p)));
    expect(results[0]).toBe('signed-in');
    expect(await attempt(PASSWORD)).toBe('locked');
  });

  it('throttles one address spraying many user names', async () => {
    process.env.SIGNIN_MAX_PER_IP = '8';
    resetEnvCache();
    const sprayed = [];
    for (let i = 0; i < 10; i++) sprayed.push(await attempt('guess', `nobody-${i}@demo.local`, '10.9.9.9'));
    expect(sprayed.slice(0, 8).every((r) => r === 'wrong')).toBe(true);
    expect(sprayed.slice(8)).toEqual(['throttled', 'throttled']);
    // Another address is not affected.
    email = `lock-${n++}@demo.local`;
    expect(await attempt(PASSWORD, email, '10.1.1.1')).toBe('signed-in');
  });
});
