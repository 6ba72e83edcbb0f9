import 'server-only';
// The signed-in user, always re-read from the database (a JWT can be stale: a role
// change or a disabled account takes effect on the next request).
import { eq, sql } from 'drizzle-orm';
import { redirect } from 'next/navigation';
import { preparedOnce } from '@/db';
import { customRoles, users } from '@/db/schema';
import { auth, authSecret } from './index';
import { sessionClaims } from './session-cookie';
import { sessionProblem } from './sessions';
import { isBuiltinRole, type BuiltinRole } from './roles';
import { allTenants, scopeOf, type TenantScope } from './tenant-scope';

export type CurrentUser = {
  id: string;
  email: string;
  name: string;
  /** The role's name: built-in or custom. */
  role: string;
  /** The built-in level whose permissions the role has. */
  level: BuiltinRole;
  lastTenantId: string | null;
  /** The tenants the role sees; built-in roles see all. Re-read with the role on every request. */
  scope: TenantScope;
};

// Both are read on every request: prepared once per connection (still re-read every time).
const customRoleRow = preparedOnce((db) =>
  db
    .select({ baseRole: customRoles.baseRole, tenantScope: customRoles.tenantScope, scopeTenantIds: customRoles.scopeTenantIds })
    .from(customRoles)
    .where(eq(customRoles.name, sql.placeholder('name')))
    .prepare(),
);
const userRow = preparedOnce((db) =>
  db
    .select({ id: users.id, email: users.email, name: users.name, role: users.role, disabled: users.disabled, lastTenantId: users.lastTenantId, sv: users.sessionVersion })
    .from(users)
    .where(eq(users.id, sql.placeholder('id')))
    .prepare(),
);

/** The built-in level and tenant scope of a role name, or undefined for a role that no longer exists. */
function roleGrant(role: string): { level: BuiltinRole; scope: TenantScope } | undefined {
  if (isBuiltinRole(role)) return { level: role, scope: allTenants };
  const custom = customRoleRow().get({ name: role });
  return custom && { level: custom.baseRole, scope: scopeOf(custom.tenantScope, custom.scopeTenantIds) };
}

/** The user, when enabled and (given a session's version) that session has not been ended since. */
export function loadUser(id: string, sessionVersion?: number): CurrentUser | undefined {
  const row = userRow().get({ id });
  if (!row || row.disabled) return undefined;
  if (sessionVersion !== undefined && sessionVersion !== row.sv) return undefined;
  const grant = roleGrant(row.role);
  if (!grant) return undefined;
  return { id: row.id, email: row.email, name: row.name, role: row.role, level: grant.level, scope: grant.scope, lastTenantId: row.lastTenantId };
}

export async function getCurrentUser(): Promise<CurrentUser | undefined> {
  const claims = await sessionClaims(authSecret());
  // The same checks as Auth.js's jwt callback (lib/auth/index.ts), on every request.
  if (claims) return sessionProblem(claims) ? undefined : loadUser(claims.uid, claims.sv);
  if (claims === undefined) return undefined;
  // A cookie split in chunks: Auth.js reads it; its jwt callback has checked the session row, the version is checked again here.
  const session = await auth();
  const id = session?.user?.id;
  return id && typeof session.sv === 'number' ? loadUser(id, session.sv) : undefined;
}

/** For pages: the signed-in user, or a redirect to sign-in that comes back here. */
export async function requireUser(callbackPath = '/'): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) redirect(`/signin?callbackUrl=${encodeURIComponent(callbackPath)}`);
  return user;
}
