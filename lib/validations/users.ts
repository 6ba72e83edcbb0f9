// User and role schemas shared by the Users & Roles page's forms and its actions.
import { z } from 'zod';

const passwordField = z
  .string()
  .min(12, 'At least 12 characters')
  .max(200, 'At most 200 characters');

const roleField = z.string().trim().min(1, 'Choose a role').max(60);

export const userCreateSchema = z.object({
  email: z.string().trim().toLowerCase().pipe(z.email('Not an email address')),
  name: z.string().trim().min(1, 'Enter a name').max(120, 'At most 120 characters'),
  role: roleField,
  password: passwordField,
});
export type UserCreate = z.input<typeof userCreateSchema>;

export const userUpdateSchema = z.object({
  id: z.string().min(1),
  name: z.string().trim().min(1, 'Enter a name').max(120, 'At most 120 characters'),
  role: roleField,
});
export type UserUpdate = z.input<typeof userUpdateSchema>;

export const userPasswordSchema = z.object({ id: z.string().min(1), password: passwordField });
export type UserPassword = z.input<typeof userPasswordSchema>;

export const userDisableSchema = z.object({ id: z.string().min(1), disabled: z.boolean() });

export const roleCreateSchema = z.object({
  name: z
    .string()
    .trim()
    .min(2, 'At least 2 characters')
    .max(60, 'At most 60 characters')
    .regex(/^[\p{L}\p{N}][\p{L}\p{N} ._-]*$/u, 'Letters, digits, spaces, dots, hyphens and underscores only'),
  baseRole: z.enum(['readonly', 'editor', 'admin'], 'Choose a base permission level'),
  description: z.string().trim().max(200, 'At most 200 characters').optional(),
});
export type RoleCreate = z.input<typeof roleCreateSchema>;

export const roleDeleteSchema = z.object({ id: z.number().int().positive() });
