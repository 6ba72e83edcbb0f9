'use server';
import { revalidatePath } from 'next/cache';
import { defineAction } from '@/lib/actions/factory';
import { auditedWrites } from '@/lib/actions/audited-write';
import { fail } from '@/lib/actions/result';
import { hashPassword } from '@/lib/auth/password';
import { unlockSignIn } from '@/lib/auth/sign-in-limit';
import { getUserById } from '@/lib/users/queries';
import { createCustomRole, createUser, deleteCustomRole, setUserDisabled, setUserPassword, updateCustomRole, updateUser } from '@/lib/users/mutations';
import { passwordProblems } from '@/lib/validations/password';
import { roleCreateSchema, roleDeleteSchema, roleUpdateSchema, userCreateSchema, userDisableSchema, userPasswordSchema, userUnlockSchema, userUpdateSchema } from '@/lib/validations/users';

const { refused, succeeded } = auditedWrites(() => revalidatePath('/settings/users'));

// Adds a user who signs in with this email and password.
export const addUser = defineAction({
  name: 'users.add',
  permission: 'users.manage',
  schema: userCreateSchema,
  async run({ password, ...input }, ctx) {
    const res = createUser({ ...input, passwordHash: await hashPassword(password) });
    if (!res.ok) return refused(ctx, res, { target: input.email }, 'failure');
    return succeeded(ctx, { target: input.email, after: { email: input.email, name: input.name, role: input.role } }, { id: res.data.id });
  },
});

// Changes a user's name and role (never the last enabled superadmin's role).
export const editUser = defineAction({
  name: 'users.edit',
  permission: 'users.manage',
  schema: userUpdateSchema,
  async run(input, ctx) {
    const res = updateUser(input);
    if (!res.ok) return refused(ctx, res, { target: input.id });
    const { before, after } = res.data;
    return succeeded(ctx, { target: before.email, before: { name: before.name, role: before.role }, after: { name: after.name, role: after.role } }, { id: input.id });
  },
});

// Sets a new password for a user (theirs to change after they sign in).
export const resetUserPassword = defineAction({
  name: 'users.resetPassword',
  permission: 'users.manage',
  schema: userPasswordSchema,
  async run({ id, password }, ctx) {
    // The policy again with the stored email (the form's email is only a hint).
    const email = getUserById(id)?.email;
    const problems = email ? passwordProblems(password, email) : [];
    if (problems.length) return fail('VALIDATION', 'Choose another password.', { fieldErrors: { password: [problems.join('. ')] } });
    const before = setUserPassword(id, await hashPassword(password));
    if (!before) return fail('NOT_FOUND', 'That user no longer exists. Reload the page.');
    return succeeded(ctx, { target: before.email, message: 'Password set by a superadmin' }, { id });
  },
});

// Disables or re-enables a user (never the last enabled superadmin).
export const setUserEnabled = defineAction({
  name: 'users.setDisabled',
  permission: 'users.manage',
  schema: userDisableSchema,
  async run({ id, disabled }, ctx) {
    const res = setUserDisabled(id, disabled);
    if (!res.ok) return refused(ctx, res, { target: id });
    return succeeded(ctx, { target: res.data.email, before: { disabled: res.data.disabled }, after: { disabled } }, { id, disabled });
  },
});

// Lifts a sign-in lock: the user's recorded failed attempts are removed.
export const unlockUser = defineAction({
  name: 'users.unlock',
  permission: 'users.manage',
  schema: userUnlockSchema,
  async run({ id }, ctx) {
    const user = getUserById(id);
    if (!user) return fail('NOT_FOUND', 'That user no longer exists. Reload the page.');
    const removed = unlockSignIn(user.email);
    return succeeded(ctx, { target: user.email, before: { failedAttempts: removed }, after: { failedAttempts: 0 }, message: 'Sign-in lock lifted by a superadmin' }, { id });
  },
});

// Adds a custom role: a name with the permissions of a built-in level.
export const addRole = defineAction({
  name: 'roles.add',
  permission: 'roles.manage',
  schema: roleCreateSchema,
  async run(input, ctx) {
    const res = createCustomRole(input);
    if (!res.ok) return res;
    return succeeded(ctx, { target: input.name, after: input }, res.data);
  },
});

// Changes a custom role's level, description and tenant scope (its holders get it on their next request).
export const editRole = defineAction({
  name: 'roles.edit',
  permission: 'roles.manage',
  schema: roleUpdateSchema,
  async run(input, ctx) {
    const res = updateCustomRole(input);
    if (!res.ok) return refused(ctx, res, { target: `role ${input.id}` });
    return succeeded(ctx, { target: res.data.after.name, before: res.data.before, after: res.data.after }, { id: input.id });
  },
});

// Removes a custom role that no user holds.
export const removeRole = defineAction({
  name: 'roles.remove',
  permission: 'roles.manage',
  schema: roleDeleteSchema,
  async run({ id }, ctx) {
    const res = deleteCustomRole(id);
    if (!res.ok) return refused(ctx, res, { target: String(id) });
    return succeeded(ctx, { target: res.data.name, before: res.data }, { id });
  },
});
