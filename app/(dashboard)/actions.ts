'use server';
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { getDb } from '@/db';
import { users } from '@/db/schema';
import { defineAction } from '@/lib/actions/factory';
import { fail, ok } from '@/lib/actions/result';
import { signOut } from '@/lib/auth';
import { getTenantByTenantId } from '@/lib/tenants/queries';
import { changeOwnPassword } from '@/lib/users/own-password';
import { tenantIdRule } from '@/lib/validations/ids';
import { ownPasswordSchema } from '@/lib/validations/users';

// Remembers the tenant a user picked in the top bar, so the next visit opens it.
export const rememberTenant = defineAction({
  name: 'profile.rememberTenant',
  permission: 'profile.update',
  schema: z.object({ tenantId: tenantIdRule('Not a tenant id') }),
  async run({ tenantId }, { user }) {
    if (!getTenantByTenantId(tenantId)) return fail('NOT_FOUND', 'That tenant does not exist.');
    getDb().update(users).set({ lastTenantId: tenantId }).where(eq(users.id, user.id)).run();
    return ok({ tenantId });
  },
});

// Ends the session and returns to the sign-in page.
export async function signOutAction(): Promise<void> {
  await signOut({ redirectTo: '/signin' });
}

// Changes the signed-in user's own password (the current one required; the policy applies).
export const changeOwnPasswordAction = defineAction({
  name: 'profile.changePassword',
  permission: 'profile.update',
  schema: ownPasswordSchema,
  async run({ currentPassword, password }, ctx) {
    const res = await changeOwnPassword(ctx.user.id, currentPassword, password);
    if (!res.ok) {
      ctx.audit({ result: 'refused', target: ctx.user.email, message: res.audit });
      return fail(res.code, res.error, res.fieldErrors ? { fieldErrors: res.fieldErrors } : undefined);
    }
    ctx.audit({ result: 'success', target: res.email, message: 'Password changed by its owner' });
    return ok({ changed: true });
  },
});
