// User and role schemas shared by the Users & Roles page's forms, the self-service password
// dialog and their actions. The password rule itself is in ./password.
import { z } from 'zod';
import { NO_CONTROL, tenantIdRule, userIdRule } from './ids';
import { passwordField, refinePasswordAgainstEmail } from './password';

export { passwordField } from './password';

const roleField = z.string().trim().min(1, 'Choose a role').max(60);
const nameField = z.string().trim().min(1, 'Enter a name').max(120, 'At most 120 characters').regex(NO_CONTROL, 'No line breaks or control characters');
const emailField = z.string().regex(NO_CONTROL, 'No line breaks or control characters').trim().toLowerCase().pipe(z.email('Not an email address'));

export const userCreateSchema = z.object({ email: emailField, name: nameField, role: roleField, password: passwordField }).superRefine(refinePasswordAgainstEmail);
export type UserCreate = z.input<typeof userCreateSchema>;

export const userUpdateSchema = z.object({ id: userIdRule, name: nameField, role: roleField });
export type UserUpdate = z.input<typeof userUpdateSchema>;

/** A superadmin sets a user's password; `email` lets the form check it early (the action uses the stored one). */
export const userPasswordSchema = z.object({ id: userIdRule, password: passwordField, email: z.string().max(254).optional() }).superRefine(refinePasswordAgainstEmail);
export type UserPassword = z.input<typeof userPasswordSchema>;

/** A signed-in user changes their own password; `email` as above. */
export const ownPasswordSchema = z
  .object({
    currentPassword: z.string().min(1, 'Enter your current password').max(1024, 'Not your current password'),
    password: passwordField,
    confirm: z.string().max(1024),
    email: z.string().max(254).optional(),
  })
  .superRefine(refinePasswordAgainstEmail)
  .refine((v) => v.password === v.confirm, { path: ['confirm'], message: 'The two new passwords differ' })
  .refine((v) => v.password !== v.currentPassword, { path: ['password'], message: 'Choose a password different from the current one' });
export type OwnPassword = z.input<typeof ownPasswordSchema>;

export const userDisableSchema = z.object({ id: userIdRule, disabled: z.boolean() });

const scopeFields = {
  tenantScope: z.enum(['all', 'allow', 'block'], 'Choose which tenants the role sees'),
  tenantIds: z.array(tenantIdRule('Not a tenant id')).max(5000, 'At most 5,000 tenants'),
};
/** An "only these tenants" role needs at least one; "all but these" needs one to block. */
const refineScope = (v: { tenantScope: 'all' | 'allow' | 'block'; tenantIds: string[] }, ctx: z.RefinementCtx) => {
  if (v.tenantScope !== 'all' && v.tenantIds.length === 0)
    ctx.addIssue({ code: 'custom', path: ['tenantIds'], message: v.tenantScope === 'allow' ? 'Choose the tenants this role may see' : 'Choose the tenants this role may not see' });
};

export const roleCreateSchema = z
  .object({
    name: z
      .string()
      .trim()
      .min(2, 'At least 2 characters')
      .max(60, 'At most 60 characters')
      .regex(/^[\p{L}\p{N}][\p{L}\p{N} ._-]*$/u, 'Letters, digits, spaces, dots, hyphens and underscores only'),
    baseRole: z.enum(['readonly', 'editor', 'admin'], 'Choose a base permission level'),
    description: z.string().trim().max(200, 'At most 200 characters').optional(),
    ...scopeFields,
  })
  .superRefine(refineScope);
export type RoleCreate = z.input<typeof roleCreateSchema>;

/** A custom role's level, description and tenant scope (its name is its identity: users hold it by name). */
export const roleUpdateSchema = z
  .object({
    id: z.number().int().positive(),
    baseRole: z.enum(['readonly', 'editor', 'admin'], 'Choose a base permission level'),
    description: z.string().trim().max(200, 'At most 200 characters').optional(),
    ...scopeFields,
  })
  .superRefine(refineScope);
export type RoleUpdate = z.input<typeof roleUpdateSchema>;

export const roleDeleteSchema = z.object({ id: z.number().int().positive() });

export const userUnlockSchema = z.object({ id: z.string().min(1) });
