// The password policy, one rule for every path (self-service, superadmin add and reset):
// 12+ characters, at most 72 UTF-8 bytes (bcrypt ignores the rest), strong by zxcvbn-ts,
// and not containing the user's email name. Safe for the browser.
import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';
import { z } from 'zod';

export const PASSWORD_MIN = 12;
export const PASSWORD_MAX_BYTES = 72;
/** zxcvbn scores 0-4; below this a password is refused as guessable. */
const MIN_SCORE = 3;
export const PASSWORD_HINT = `At least ${PASSWORD_MIN} characters, not easy to guess, not containing the email name.`;

let estimator: ZxcvbnFactory | undefined;
function strength(password: string, userInputs: string[]): number {
  estimator ??= new ZxcvbnFactory({ dictionary: { ...common.dictionary }, graphs: common.adjacencyGraphs });
  return estimator.check(password, userInputs).score;
}

const CONTAINS_EMAIL = 'Must not contain the email name (the part before the @)';
const utf8Bytes = (value: string) => new TextEncoder().encode(value).length;

/** The email's local part, when long enough to matter (e.g. `jane.doe` from jane.doe@x.com). */
function emailName(email: string | undefined): string | undefined {
  const local = email?.split('@')[0]?.trim().toLowerCase();
  return local && local.length >= 3 ? local : undefined;
}

/** Every problem with a password, as messages for its field (empty: acceptable). */
export function passwordProblems(password: string, email?: string): string[] {
  const problems: string[] = [];
  if (password.length < PASSWORD_MIN) problems.push(`At least ${PASSWORD_MIN} characters`);
  if (utf8Bytes(password) > PASSWORD_MAX_BYTES) problems.push(`At most ${PASSWORD_MAX_BYTES} bytes (fewer characters, or fewer accented letters and symbols)`);
  const name = emailName(email);
  if (name && password.toLowerCase().includes(name)) problems.push(CONTAINS_EMAIL);
  if (problems.length === 0 && strength(password, name ? [name] : []) < MIN_SCORE) {
    problems.push('Too easy to guess: avoid repeats, sequences, common words and dates');
  }
  return problems;
}

/** A new password with no email known (checked again against the email where one is). */
export const passwordField = z.string().superRefine((value, ctx) => {
  // One message with every problem, so a form showing a field's first error shows them all.
  const problems = passwordProblems(value);
  if (problems.length) ctx.addIssue({ code: 'custom', message: problems.join('. ') });
});

/** Adds the email check to an object with a `password` field and the email it belongs to. */
export function refinePasswordAgainstEmail(value: { password: string; email?: string }, ctx: z.RefinementCtx) {
  if (!value.email || typeof value.password !== 'string') return;
  const name = emailName(value.email);
  if (name && value.password.toLowerCase().includes(name)) ctx.addIssue({ code: 'custom', path: ['password'], message: CONTAINS_EMAIL });
}
