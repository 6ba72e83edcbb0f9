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
import { env } from '@/lib/env';
import { readOrCreateSecretFile } from '@/lib/secret-file';
import { entraProvider, entraUser } from './entra';
import { verifyPassword } from './password';
import { clearSignInFailures, isSignInLocked, recordSignInFailure } from './sign-in-limit';

class SignInLocked extends CredentialsSignin {
  code = 'locked';
}

const credentialsSchema = z.object({ email: z.string().trim().toLowerCase().min(1).max(254), password: z.string().min(1).max(1024) });

function authSecret(): string {
  return env().AUTH_SECRET ?? readOrCreateSecretFile('auth.secret', () => randomBytes(32).toString('base64url'));
}

async function authorizeCredentials(raw: unknown) {
  const parsed = credentialsSchema.safeParse(raw);
  if (!parsed.success) return null;
  const { email, password } = parsed.data;
  if (isSignInLocked(email)) {
    writeAudit({ action: 'auth.signin', result: 'refused', target: email, message: 'Too many failed sign-ins: locked for a while' });
    throw new SignInLocked();
  }
  const user = getDb().select().from(users).where(eq(users.email, email)).get();
  const ok = await verifyPassword(password, user?.passwordHash);
  if (!user || !ok || user.disabled) {
    recordSignInFailure(email);
    writeAudit({ action: 'auth.signin', result: 'failure', target: email, message: user?.disabled ? 'Account disabled' : 'Wrong user name or password' });
    return null;
  }
  clearSignInFailures(email);
  writeAudit({ action: 'auth.signin', result: 'success', user: { id: user.id, email: user.email, role: user.role } });
  return { id: user.id, email: user.email, name: user.name };
}

function providers(): NextAuthConfig['providers'] {
  const list: NextAuthConfig['providers'] = [
    Credentials({ credentials: { email: { label: 'Email' }, password: { label: 'Password', type: 'password' } }, authorize: authorizeCredentials }),
  ];
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
  session: { strategy: 'jwt', maxAge: 12 * 3600 },
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
    async jwt({ token, user }) {
      if (user?.id) token.uid = user.id;
      return token;
    },
    async session({ session, token }) {
      if (typeof token.uid === 'string') session.user.id = token.uid;
      return session;
    },
  },
}));
