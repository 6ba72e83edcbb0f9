// User and role schemas shared by the Users & Roles page's forms, the self-service password
// dialog and their actions. The password rule itself is in ./password.
import { z } from 'zod';
import { NO_CONTROL, userIdRule } from './ids';
import { passwordField, refinePasswordAgainstEmail } from './password';

export { passwordField } from './password';
// Role schemas live apart: the role forms load without the password strength estimator.
export * from './roles';

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

export const userUnlockSchema = z.object({ id: z.string().min(1) });
