import 'server-only';
// Writes to users and custom roles. The rules that keep the app usable (a superadmin
// always remains; a role in use is not removed) are checked inside the same synchronous
// transaction as the write, so two admins acting at once cannot both pass them. A password,
// role or status change bumps sessionVersion here, so every caller ends that user's sessions.
import { and, eq, ne, sql } from 'drizzle-orm';
import { getDb } from '@/db';
import { customRoles, users } from '@/db/schema';
import { fail, ok, type ActionResult } from '@/lib/actions/result';
import { isBuiltinRole } from '@/lib/auth/roles';
import { getUserById } from './queries';

type Tx = Parameters<Parameters<ReturnType<typeof getDb>['transaction']>[0]>[0];
/** A user or role write: the actions' own result shape, so an action returns a failure as it is. */
export type UserWrite<T> = ActionResult<T>;
type UserSnapshot = NonNullable<ReturnType<typeof getUserById>>;

const endSessions = sql`${users.sessionVersion} + 1`;

const LAST_SUPERADMIN = 'This is the last enabled superadmin. Make another user a superadmin first, so someone can still manage users.';

function roleExists(tx: Tx, role: string): boolean {
  return isBuiltinRole(role) || !!tx.select({ id: customRoles.id }).from(customRoles).where(eq(customRoles.name, role)).get();
}

/** Other enabled superadmins besides this user. */
function otherSuperadmins(tx: Tx, userId: string): number {
  return tx
    .select({ n: sql<number>`count(*)` })
    .from(users)
    .where(and(eq(users.role, 'superadmin'), eq(users.disabled, false), ne(users.id, userId)))
    .get()!.n;
}

export function createUser(input: { email: string; name: string; role: string; passwordHash: string }): UserWrite<UserSnapshot> {
  return getDb().transaction((tx): UserWrite<UserSnapshot> => {
    if (!roleExists(tx, input.role)) return fail('VALIDATION', 'That role does not exist.', { fieldErrors: { role: ['That role does not exist'] } });
    if (tx.select({ id: users.id }).from(users).where(eq(users.email, input.email)).get()) {
      return fail('CONFLICT', 'A user with this email already exists.', { fieldErrors: { email: ['Already a user'] } });
    }
    const row = tx.insert(users).values(input).returning({ id: users.id, email: users.email, name: users.name, role: users.role, disabled: users.disabled }).get();
    return ok(row);
  });
}

export function updateUser(input: { id: string; name: string; role: string }): UserWrite<{ before: UserSnapshot; after: UserSnapshot }> {
  return getDb().transaction((tx): UserWrite<{ before: UserSnapshot; after: UserSnapshot }> => {
    const before = tx.select({ id: users.id, email: users.email, name: users.name, role: users.role, disabled: users.disabled }).from(users).where(eq(users.id, input.id)).get();
    if (!before) return fail('NOT_FOUND', 'That user no longer exists. Reload the page.');
    if (!roleExists(tx, input.role)) return fail('VALIDATION', 'That role does not exist.', { fieldErrors: { role: ['That role does not exist'] } });
    const demotes = before.role === 'superadmin' && input.role !== 'superadmin' && !before.disabled;
    if (demotes && otherSuperadmins(tx, before.id) === 0) return fail('CONFLICT', LAST_SUPERADMIN);
    const roleChanged = before.role !== input.role;
    tx.update(users)
      .set({ name: input.name, role: input.role, ...(roleChanged ? { sessionVersion: endSessions } : {}) })
      .where(eq(users.id, input.id))
      .run();
    return ok({ before, after: { ...before, name: input.name, role: input.role } });
  });
}

export function setUserDisabled(id: string, disabled: boolean): UserWrite<UserSnapshot> {
  return getDb().transaction((tx): UserWrite<UserSnapshot> => {
    const before = tx.select({ id: users.id, email: users.email, name: users.name, role: users.role, disabled: users.disabled }).from(users).where(eq(users.id, id)).get();
    if (!before) return fail('NOT_FOUND', 'That user no longer exists. Reload the page.');
    if (disabled && before.role === 'superadmin' && otherSuperadmins(tx, id) === 0) return fail('CONFLICT', LAST_SUPERADMIN);
    tx.update(users)
      .set({ disabled, ...(disabled !== before.disabled ? { sessionVersion: endSessions } : {}) })
      .where(eq(users.id, id))
      .run();
    return ok(before);
  });
}

/** Sets a password (a reset or the user's own change) and ends every session of that user. */
export function setUserPassword(id: string, passwordHash: string): UserSnapshot | undefined {
  return getDb().transaction((tx) => {
    const before = getUserById(id);
    if (!before) return undefined;
    tx.update(users).set({ passwordHash, sessionVersion: endSessions }).where(eq(users.id, id)).run();
    return before;
  });
}

type RoleScopeInput = { tenantScope: 'all' | 'allow' | 'block'; tenantIds: string[] };
const scopeColumns = (i: RoleScopeInput) => ({ tenantScope: i.tenantScope, scopeTenantIds: i.tenantScope === 'all' ? [] : [...new Set(i.tenantIds)] });

export function createCustomRole(input: { name: string; baseRole: 'readonly' | 'editor' | 'admin'; description?: string } & RoleScopeInput) {
  return getDb().transaction((tx): UserWrite<{ id: number; name: string }> => {
    const taken =
      isBuiltinRole(input.name.toLowerCase()) ||
      tx
        .select({ id: customRoles.id })
        .from(customRoles)
        .where(sql`lower(${customRoles.name}) = lower(${input.name})`)
        .get();
    if (taken) return fail('CONFLICT', 'A role with this name already exists.', { fieldErrors: { name: ['A role with this name already exists'] } });
    const row = tx
      .insert(customRoles)
      .values({ name: input.name, baseRole: input.baseRole, description: input.description || null, ...scopeColumns(input) })
      .returning({ id: customRoles.id, name: customRoles.name })
      .get();
    return ok(row);
  });
}

export type RoleSnapshot = { name: string; baseRole: string; description: string | null; tenantScope: string; tenantIds: string[] };

/** Changes a custom role's level, description and tenant scope; its holders get the change on their next request. */
export function updateCustomRole(input: { id: number; baseRole: 'readonly' | 'editor' | 'admin'; description?: string } & RoleScopeInput) {
  return getDb().transaction((tx): UserWrite<{ before: RoleSnapshot; after: RoleSnapshot }> => {
    const row = tx.select().from(customRoles).where(eq(customRoles.id, input.id)).get();
    if (!row) return fail('NOT_FOUND', 'That role no longer exists. Reload the page.');
    const next = { baseRole: input.baseRole, description: input.description || null, ...scopeColumns(input) };
    tx.update(customRoles).set(next).where(eq(customRoles.id, input.id)).run();
    const snap = (r: { baseRole: string; description: string | null; tenantScope: string; scopeTenantIds: string[] }): RoleSnapshot => ({
      name: row.name,
      baseRole: r.baseRole,
      description: r.description,
      tenantScope: r.tenantScope,
      tenantIds: r.scopeTenantIds,
    });
    return ok({ before: snap(row), after: snap(next) });
  });
}

/** Removes a custom role that nobody holds; otherwise says who still holds it. */
export function deleteCustomRole(id: number) {
  return getDb().transaction((tx): UserWrite<{ name: string; baseRole: string }> => {
    const role = tx.select({ name: customRoles.name, baseRole: customRoles.baseRole }).from(customRoles).where(eq(customRoles.id, id)).get();
    if (!role) return fail('NOT_FOUND', 'That role no longer exists. Reload the page.');
    const holders = tx.select({ email: users.email }).from(users).where(eq(users.role, role.name)).all();
    if (holders.length > 0) {
      const names =
        holders
          .slice(0, 5)
          .map((h) => h.email)
          .join(', ') + (holders.length > 5 ? ` and ${holders.length - 5} more` : '');
      return fail('CONFLICT', `The role "${role.name}" is still held by ${holders.length} user${holders.length === 1 ? '' : 's'} (${names}). Give them another role first.`);
    }
    tx.delete(customRoles).where(eq(customRoles.id, id)).run();
    return ok(role);
  });
}
