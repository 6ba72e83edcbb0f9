'use server';
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { getDb } from '@/db';
import { users } from '@/db/schema';
import { defineAction } from '@/lib/actions/factory';
import { fail, ok } from '@/lib/actions/result';
import { signOut } from '@/lib/auth';
import { getTenantByTenantId } from '@/lib/tenants/queries';

// Remembers the tenant a user picked in the top bar, so the next visit opens it.
export const rememberTenant = defineAction({
  name: 'profile.rememberTenant',
  permission: 'profile.update',
  schema: z.object({ tenantId: z.guid('Not a tenant id') }),
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
