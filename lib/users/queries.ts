import 'server-only';
// Reads for the Users & Roles page: chosen columns only (never a password hash).
import { asc, eq, sql } from 'drizzle-orm';
import { getDb } from '@/db';
import { customRoles, users } from '@/db/schema';
import { builtinRoles, type BuiltinRole } from '@/lib/auth/roles';
import { lockedUserNames } from '@/lib/auth/sign-in-limit';

export type UserDTO = { id: string; email: string; name: string; role: string; disabled: boolean; hasPassword: boolean; createdAt: string; locked: boolean };
export type CustomRoleDTO = {
  id: number;
  name: string;
  baseRole: 'readonly' | 'editor' | 'admin';
  description: string | null;
  tenantScope: 'all' | 'allow' | 'block';
  tenantIds: string[];
  userCount: number;
};
export type RoleOption = { name: string; level: BuiltinRole; custom: boolean };

export function listUsers(): UserDTO[] {
  const rows = getDb()
    .select({ id: users.id, email: users.email, name: users.name, role: users.role, disabled: users.disabled, passwordHash: users.passwordHash, createdAt: users.createdAt })
    .from(users)
    .orderBy(asc(users.email))
    .all()
    .map(({ passwordHash, createdAt, ...u }) => ({ ...u, hasPassword: !!passwordHash, createdAt: createdAt.toISOString() }));
  const locked = lockedUserNames(rows.map((u) => u.email));
  return rows.map((u) => ({ ...u, locked: locked.has(u.email) }));
}

export function listCustomRoles(): CustomRoleDTO[] {
  return getDb()
    .select({
      id: customRoles.id,
      name: customRoles.name,
      baseRole: customRoles.baseRole,
      description: customRoles.description,
      tenantScope: customRoles.tenantScope,
      tenantIds: customRoles.scopeTenantIds,
      userCount: sql<number>`(select count(*) from ${users} where ${users.role} = ${customRoles.name})`,
    })
    .from(customRoles)
    .orderBy(asc(customRoles.name))
    .all();
}

/** Every role a user can be given: the built-in ones, then the custom ones. */
export function listRoleOptions(): RoleOption[] {
  return [...builtinRoles.map((name) => ({ name, level: name, custom: false })), ...listCustomRoles().map((r) => ({ name: r.name, level: r.baseRole, custom: true }))];
}

export function getUserById(id: string) {
  return getDb().select({ id: users.id, email: users.email, name: users.name, role: users.role, disabled: users.disabled }).from(users).where(eq(users.id, id)).get();
}
