import 'server-only';
// A signed-in user changes their own password: the current one is required, wrong guesses
// count toward the sign-in lockout, and the new one follows the policy for their real email.
import { eq } from 'drizzle-orm';
import { getDb } from '@/db';
import { users } from '@/db/schema';
import { hashPassword, verifyPassword } from '@/lib/auth/password';
import { beginSignInAttempt, signInSucceeded } from '@/lib/auth/sign-in-limit';
import { passwordProblems } from '@/lib/validations/password';
import { setUserPassword, type UserWrite } from './mutations';

export type OwnPasswordFailure = Exclude<UserWrite<never>, { ok: true }> & { audit: string };

export async function changeOwnPassword(userId: string, currentPassword: string, password: string): Promise<{ ok: true; email: string } | OwnPasswordFailure> {
  const row = getDb().select({ email: users.email, passwordHash: users.passwordHash }).from(users).where(eq(users.id, userId)).get();
  if (!row) return { ok: false, code: 'NOT_FOUND', error: 'Your account no longer exists.', audit: 'No such user' };
  // Recorded before the check, like a sign-in: parallel guesses each count.
  const attempt = beginSignInAttempt(row.email, null);
  if (!attempt.ok) {
    return { ok: false, code: 'CONFLICT', error: 'Too many wrong passwords: try again later.', audit: 'Locked after too many wrong passwords' };
  }
  // Accounts that only sign in with Microsoft have no password to prove.
  if (!row.passwordHash || !(await verifyPassword(currentPassword, row.passwordHash))) {
    return { ok: false, code: 'VALIDATION', error: 'The current password is wrong.', fieldErrors: { currentPassword: ['Not your current password'] }, audit: 'Wrong current password' };
  }
  signInSucceeded(row.email, attempt.attemptId);
  const problems = passwordProblems(password, row.email);
  if (problems.length) return { ok: false, code: 'VALIDATION', error: 'Choose another password.', fieldErrors: { password: [problems.join('. ')] }, audit: 'New password refused by the policy' };
  if (!setUserPassword(userId, await hashPassword(password))) return { ok: false, code: 'NOT_FOUND', error: 'Your account no longer exists.', audit: 'No such user' };
  return { ok: true, email: row.email };
}
