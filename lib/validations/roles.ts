// Custom role schemas (name, base level, tenant scope), shared by the role forms and their actions.
// Kept apart from ./users so the role forms do not pull in the password strength estimator.
import { z } from 'zod';
import { tenantIdRule } from './ids';

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
