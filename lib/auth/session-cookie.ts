import 'server-only';
// The session cookie's claims, decrypted once per cookie value: every request used to run Auth.js
// whole (key derivation, decryption and a re-encrypted cookie). The server-side checks still run
// on every request (lib/auth/sessions.ts), so a sign-out, a disabled user or a role change counts at once.
import { cookies, headers } from 'next/headers';
import { decode } from 'next-auth/jwt';
import type { SessionClaims } from './sessions';

// Auth.js's own names: the __Secure- one when the site is served over https.
const SECURE = '__Secure-authjs.session-token';
const PLAIN = 'authjs.session-token';
const MAX_ENTRIES = 1000;

type Known = SessionClaims & { expiresAt: number };
const known = new Map<string, Known>();

/** The cookie's claims, undefined without a valid one; null when Auth.js must read it (a chunked cookie). */
export async function sessionClaims(secret: string, now = Date.now()): Promise<SessionClaims | undefined | null> {
  const jar = await cookies();
  const secure = (await headers()).get('x-forwarded-proto') === 'https' || jar.has(SECURE);
  const name = secure ? SECURE : PLAIN;
  const value = jar.get(name)?.value;
  if (!value) return jar.has(`${name}.0`) ? null : undefined;
  const hit = known.get(value);
  if (hit) {
    if (hit.expiresAt > now) return hit;
    known.delete(value);
    return undefined;
  }
  const token = await decode({ token: value, secret, salt: name }).catch(() => null);
  if (!token || typeof token.uid !== 'string' || typeof token.sid !== 'string' || typeof token.sv !== 'number' || typeof token.exp !== 'number') return undefined;
  const claims: Known = { uid: token.uid, sid: token.sid, sv: token.sv, expiresAt: token.exp * 1000 };
  if (known.size >= MAX_ENTRIES) known.delete(known.keys().next().value!);
  known.set(value, claims);
  return claims;
}
