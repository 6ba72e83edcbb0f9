// A user changes their own password: the current one is required and wrong guesses count
// toward the lockout; the new one follows the policy for the stored email.
import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { getDb } from '@/db';
import { signInFailures, users } from '@/db/schema';
import { hashPassword, verifyPassword } from '@/lib/auth/password';
import { changeOwnPassword } from '@/lib/users/own-password';
import { emptyTables } from '@/tests/support/db';

const email = 'sam.owner@example.com';
let id: string;
const hash = () => getDb().select({ h: users.passwordHash }).from(users).where(eq(users.id, id)).get()!.h;

beforeEach(async () => {
  emptyTables(users);
  emptyTables(signInFailures);
  id = getDb()
    .insert(users)
    .values({ email, name: 'Sam', role: 'readonly', passwordHash: await hashPassword('Old-Lantern-Orbit-73') })
    .returning()
    .get().id;
});

describe('changeOwnPassword', () => {
  it('changes the password when the current one is right and the new one is strong', async () => {
    expect(await changeOwnPassword(id, 'Old-Lantern-Orbit-73', 'New-Copper-Harbor-58')).toEqual({ ok: true, email });
    expect(await verifyPassword('New-Copper-Harbor-58', hash())).toBe(true);
  });

  it('refuses a wrong current password, changes nothing and counts a failure', async () => {
    const before = hash();
    const res = await changeOwnPassword(id, 'not-the-password', 'New-Copper-Harbor-58');
    expect(res).toMatchObject({ ok: false, fieldErrors: { currentPassword: ['Not your current password'] } });
    expect(hash()).toBe(before);
    expect(getDb().select().from(signInFailures).all()).toHaveLength(1);
  });

  it('refuses a weak password or one holding the stored email name, whatever the form said', async () => {
    const before = hash();
    expect(await changeOwnPassword(id, 'Old-Lantern-Orbit-73', '123456789012')).toMatchObject({ ok: false, fieldErrors: { password: [expect.stringMatching(/Too easy/)] } });
    expect(await changeOwnPassword(id, 'Old-Lantern-Orbit-73', 'Copper-SAM.OWNER-58')).toMatchObject({ ok: false, fieldErrors: { password: [expect.stringMatching(/email name/)] } });
    expect(hash()).toBe(before);
  });
});
