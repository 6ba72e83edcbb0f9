import 'server-only';
// Auth.js: credentials against the users table, optional Microsoft Entra ID, JWT sessions.
import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import NextAuth, { CredentialsSignin, type NextAuthConfig } from 'next-auth';
import Credentials from 'next-auth/providers/credentials';
import MicrosoftEntraID from 'next-auth/providers/microsoft-entra-id';
import { z } from 'zod';
import { getDb } from '@/db';
import { users } from '@/db/schema';
import { writeAudit } from '@/lib/audit';
import { env } from '@/lib/env';
import { readOrCreateSecretFile } from '@/lib/secret-file';
import { authLogger } from './logger';
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
  if (e.AUTH_MICROSOFT_ENTRA_ID_ID && e.AUTH_MICROSOFT_ENTRA_ID_SECRET && e.AUTH_MICROSOFT_ENTRA_ID_ISSUER) {
    list.push(
      MicrosoftEntraID({
        clientId: e.AUTH_MICROSOFT_ENTRA_ID_ID,
        clientSecret: e.AUTH_MICROSOFT_ENTRA_ID_SECRET,
        issuer: e.AUTH_MICROSOFT_ENTRA_ID_ISSUER,
      }),
    );
  }
  return list;
}

export const entraEnabled = () => providers().some((p) => (typeof p === 'function' ? p().id : p.id) === 'microsoft-entra-id');

export const { handlers, auth, signIn, signOut } = NextAuth(() => ({
  providers: providers(),
  secret: authSecret(),
  trustHost: true,
  logger: authLogger,
  session: { strategy: 'jwt', maxAge: 12 * 3600 },
  pages: { signIn: '/signin' },
  callbacks: {
    // Work accounts may sign in only when a superadmin has added their email as a user.
    async signIn({ user, account }) {
      if (account?.provider !== 'microsoft-entra-id') return true;
      const email = user.email?.toLowerCase();
      const row = email ? getDb().select().from(users).where(eq(users.email, email)).get() : undefined;
      const allowed = !!row && !row.disabled;
      writeAudit({ action: 'auth.signin', result: allowed ? 'success' : 'refused', target: email ?? null, message: allowed ? 'Microsoft Entra ID' : 'Entra ID account is not a user of this app' });
      if (allowed && row) user.id = row.id;
      return allowed;
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
