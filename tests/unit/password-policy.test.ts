// The password policy: length in characters and in UTF-8 bytes, strength by zxcvbn-ts, the email name.
import { describe, expect, it } from 'vitest';
import { passwordProblems } from '@/lib/validations/password';
import { ownPasswordSchema, userCreateSchema, userPasswordSchema } from '@/lib/validations/users';

const user = (password: string, email = 'jane.doe@example.com') => ({ email, name: 'Jane', role: 'readonly', password });

describe('password policy', () => {
  it('refuses repeats and sequences even at 12 characters', () => {
    for (const weak of ['aaaaaaaaaaaa', '123456789012', 'qwertyuiopas', 'password1234']) {
      expect(passwordProblems(weak), weak).toEqual([expect.stringMatching(/Too easy to guess/)]);
    }
  });

  it('accepts a long unusual password, and the one the browser tests use', () => {
    expect(passwordProblems('e2e-Password-123')).toEqual([]);
    expect(passwordProblems('Copper-Lantern-Orbit-73')).toEqual([]);
  });

  it('refuses more than 72 UTF-8 bytes, so bcrypt cannot make two passwords equal', () => {
    const base = 'Copper-Lantern-Orbit-73-'.repeat(3); // 72 bytes
    expect(passwordProblems(base)).toEqual([]);
    expect(passwordProblems(`${base}x`)).toEqual([expect.stringMatching(/At most 72 bytes/)]);
    // 30 characters but 90 bytes: bcrypt would hash only the first 72.
    expect(passwordProblems('€'.repeat(30))[0]).toMatch(/At most 72 bytes/);
  });

  it('refuses the email name, in any case, on every path that knows the email', () => {
    expect(passwordProblems('Jane.Doe-Lantern-73', 'jane.doe@example.com')[0]).toMatch(/email name/);
    const created = userCreateSchema.safeParse(user('Lantern-JANE.DOE-73'));
    expect(created.success).toBe(false);
    expect(created.error?.issues.map((i) => i.path.join('.'))).toContain('password');
    const reset = userPasswordSchema.safeParse({ id: crypto.randomUUID(), password: 'x-jane.doe-Lantern-73', email: 'jane.doe@example.com' });
    expect(reset.success).toBe(false);
  });

  it('shows every field error of the own-password form at once', () => {
    const res = ownPasswordSchema.safeParse({ currentPassword: '', password: 'aaaaaaaaaaaa', confirm: 'other', email: 'jane.doe@example.com' });
    const fields = res.error?.issues.map((i) => i.path.join('.')).sort();
    expect(fields).toEqual(['confirm', 'currentPassword', 'password']);
  });

  it('refuses control characters in user names and emails', () => {
    expect(userCreateSchema.safeParse({ ...user('Copper-Lantern-Orbit-73'), name: 'Jane\nDoe' }).success).toBe(false);
    expect(userCreateSchema.safeParse({ ...user('Copper-Lantern-Orbit-73'), name: 'Jane\u202eeoD' }).success).toBe(false);
    expect(userCreateSchema.safeParse(user('Copper-Lantern-Orbit-73', 'ja\tne@example.com')).success).toBe(false);
    expect(userCreateSchema.safeParse(user('Copper-Lantern-Orbit-73')).success).toBe(true);
  });
});
