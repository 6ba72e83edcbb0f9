import 'server-only';
// Auth.js's logger: one line per event, never a stack trace. A wrong password is an ordinary
// event (already in the audit log), not an error with its cause's stack.
import { AuthError } from 'next-auth';
import type { NextAuthConfig } from 'next-auth';

const firstLine = (text: string) => text.split('\n', 1)[0]!.slice(0, 300);

export const authLogger: NonNullable<NextAuthConfig['logger']> = {
  error(error: Error) {
    const type = error instanceof AuthError ? error.type : error.name;
    if (type === 'CredentialsSignin') return console.warn('[auth] sign-in refused: wrong credentials or locked');
    const cause = (error as { cause?: { err?: unknown } }).cause?.err;
    const detail = cause instanceof Error ? ` (${cause.name}: ${firstLine(cause.message)})` : '';
    console.error(`[auth] ${type}: ${firstLine(error.message)}${detail}`);
  },
  warn(code: string) {
    console.warn(`[auth] warning: ${code}`);
  },
  debug() {},
};
