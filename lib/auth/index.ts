import 'server-only';
// Auth.js: credentials against the users table, optional Microsoft Entra ID, JWT sessions.
import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import NextAuth, { CredentialsSignin, type NextAuthConfig } from 'next-auth';
import Credentials from 'next-auth/providers/credentials';
import { z } from 'zod';
import { getDb } from '@/db';
import { users } from '@/db/schema';
import { writeAudit } from '@/lib/audit';
import { dataDir, env } from '@/lib/env';
import { readOrCreateSecretFile } from '@/lib/secret-file';
import { authLogger } from './logger';
import { entraProvider, entraUser } from './entra';
import { verifyPassword } from './password';
import { safeRedirectPath } from './redirect';
import { endSession, sessionProblem, startSession, type SessionClaims } from './sessions';
import { beginSignInAttempt, signInSucceeded } from './sign-in-limit';

class SignInLocked extends CredentialsSignin {
  code = 'locked';
}
class SignInThrottled extends CredentialsSignin {
  code = 'throttled';
}

declare module 'next-auth' {
  interface Session {
    /** The user's sessionVersion when this session began; getCurrentUser compares it. */
    sv?: number;
  }
}

/** The client address: the last X-Forwarded-For hop (Next sets it from the socket; a proxy appends). */
export function clientIp(request: Request | undefined): string | null {
  const hops = request?.headers
    .get('x-forwarded-for')
    ?.split(',')
    .map((h) => h.trim())
    .filter(Boolean);
  return hops?.length ? hops[hops.length - 1]!.slice(0, 64) : null;
}

const credentialsSchema = z.object({ email: z.string().trim().toLowerCase().min(1).max(254), password: z.string().min(1).max(1024) });

// Read once per process (per data folder): the config below is built on every request.
let secretOf: { dir: string; secret: string } | undefined;
export function authSecret(): string {
  const fromEnv = env().AUTH_SECRET;
  if (fromEnv) return fromEnv;
  const dir = dataDir();
  if (secretOf?.dir !== dir) secretOf = { dir, secret: readOrCreateSecretFile('auth.secret', () => randomBytes(32).toString('base64url')) };
  return secretOf.secret;
}

export async function authorizeCredentials(raw: unknown, request?: Request) {
  const parsed = credentialsSchema.safeParse(raw);
  if (!parsed.success) return null;
  const { email, password } = parsed.data;
  // Recorded before the password is checked: parallel guesses cannot slip past the count.
  const gate = beginSignInAttempt(email, clientIp(request));
  if (!gate.ok) {
    const byIp = gate.reason === 'ip';
    writeAudit({
      action: 'auth.signin',
      result: 'refused',
      target: email,
      message: byIp ? 'Too many failed sign-ins from this address: throttled for a while' : 'Too many failed sign-ins: locked for a while',
    });
    throw byIp ? new SignInThrottled() : new SignInLocked();
  }
  const user = getDb().select().from(users).where(eq(users.email, email)).get();
  const ok = await verifyPassword(password, user?.passwordHash);
  if (!user || !ok || user.disabled) {
    writeAudit({ action: 'auth.signin', result: 'failure', target: email, message: user?.disabled ? 'Account disabled' : 'Wrong user name or password' });
    return null;
  }
  signInSucceeded(email, gate.attemptId);
  writeAudit({ action: 'auth.signin', result: 'success', user: { id: user.id, email: user.email, role: user.role } });
  return { id: user.id, email: user.email, name: user.name };
}

function providers(): NextAuthConfig['providers'] {
  const list: NextAuthConfig['providers'] = [Credentials({ credentials: { email: { label: 'Email' }, password: { label: 'Password', type: 'password' } }, authorize: authorizeCredentials })];
  const e = env();
  const entra = entraProvider({ id: e.AUTH_MICROSOFT_ENTRA_ID_ID, secret: e.AUTH_MICROSOFT_ENTRA_ID_SECRET, issuer: e.AUTH_MICROSOFT_ENTRA_ID_ISSUER });
  if (entra) list.push(entra);
  return list;
}

export const entraEnabled = () => providers().some((p) => (typeof p === 'function' ? p().id : p.id) === 'microsoft-entra-id');

export const { handlers, auth, signIn, signOut } = NextAuth(() => ({
  providers: providers(),
  secret: authSecret(),
  trustHost: true,
  logger: authLogger,
  session: { strategy: 'jwt', maxAge: env().SESSION_MAX_AGE_SECONDS },
  pages: { signIn: '/signin', error: '/signin' }, // a refused Microsoft sign-in lands on /signin?error=AccessDenied
  callbacks: {
    // Work accounts may sign in only as a user a superadmin added, matched by object id and tenant id.
    async signIn({ user, account, profile }) {
      if (account?.provider !== 'microsoft-entra-id') return true;
      const outcome = entraUser(profile ?? {}, env().AUTH_MICROSOFT_ENTRA_ID_ISSUER ?? '');
      const target = typeof profile?.email === 'string' ? profile.email : null;
      if ('refused' in outcome) {
        writeAudit({ action: 'auth.signin', result: 'refused', target, message: `Microsoft Entra ID: ${outcome.refused}` });
        return false;
      }
      const row = getDb().select().from(users).where(eq(users.id, outcome.userId)).get()!;
      writeAudit({ action: 'auth.signin', result: 'success', user: { id: row.id, email: row.email, role: row.role }, message: 'Microsoft Entra ID' });
      user.id = row.id;
      return true;
    },
    // Any redirect Auth.js makes (sign-in, sign-out, Entra) stays on this site.
    async redirect({ url, baseUrl }) {
      return new URL(safeRedirectPath(url, baseUrl), baseUrl).toString();
    },
    // Sign-in opens a server-side session; every later read checks it (null ends the cookie).
    async jwt({ token, user }) {
      if (user?.id) {
        const claims = startSession(user.id);
        return claims ? { ...token, ...claims } : null;
      }
      return sessionProblem(token as Partial<SessionClaims>) ? null : token;
    },
    async session({ session, token }) {
      if (typeof token.uid === 'string') session.user.id = token.uid;
      if (typeof token.sv === 'number') session.sv = token.sv;
      return session;
    },
  },
  events: {
    async signOut(message) {
      if ('token' in message && message.token) endSession(message.token.sid);
    },
  },
}));
