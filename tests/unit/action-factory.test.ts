// The factory audits under the action's name unless the entry names another action.
import { desc } from 'drizzle-orm';
import { describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { getDb } from '@/db/index';
import { auditLog } from '@/db/schema';
import { defineAction } from '@/lib/actions/factory';
import { fail, ok } from '@/lib/actions/result';

vi.mock('@/lib/auth/current-user', () => ({
  getCurrentUser: async () => ({ id: 'u1', email: 'editor@demo.local', name: 'Editor', role: 'editor', level: 'editor', lastTenantId: null }),
}));

const lastAudit = () => getDb().select().from(auditLog).orderBy(desc(auditLog.id)).limit(1).get();

describe('defineAction', () => {
  it('writes the audit row under the action name when the entry names no action', async () => {
    const act = defineAction({
      name: 'test.auditDefault',
      permission: 'licenses.view',
      schema: z.object({}),
      async run(_, ctx) {
        ctx.audit({ result: 'success', target: 'probe' });
        return ok(1);
      },
    });
    expect(await act({})).toEqual({ ok: true, data: 1 });
    expect(lastAudit()).toMatchObject({ action: 'test.auditDefault', result: 'success', target: 'probe', userEmail: 'editor@demo.local' });
  });

  it('keeps an action the entry names itself', async () => {
    const act = defineAction({
      name: 'test.auditNamed',
      permission: 'licenses.view',
      schema: z.object({}),
      async run(_, ctx) {
        ctx.audit({ action: 'test.other', result: 'failure' });
        return fail('CONFLICT', 'no');
      },
    });
    expect(await act({})).toEqual({ ok: false, code: 'CONFLICT', error: 'no' });
    expect(lastAudit()).toMatchObject({ action: 'test.other', result: 'failure' });
  });
});
