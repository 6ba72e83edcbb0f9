// The factory audits under the action's name unless the entry names another action.
import { desc } from 'drizzle-orm';
import { describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { getDb } from '@/db/index';
import { auditLog } from '@/db/schema';
import { defineAction, type ActionContext } from '@/lib/actions/factory';
import { fail, ok, type ActionResult } from '@/lib/actions/result';

vi.mock('@/lib/auth/current-user', () => ({
  getCurrentUser: async () => ({ id: 'u1', email: 'editor@demo.local', name: 'Editor', role: 'editor', level: 'editor', lastTenantId: null, scope: { mode: 'all' } }),
}));

const lastAudit = () => getDb().select().from(auditLog).orderBy(desc(auditLog.id)).limit(1).get();

/** An action that writes `entry` to the audit log and answers `result`. */
const auditingAction = <T>(name: string, entry: Parameters<ActionContext['audit']>[0], result: ActionResult<T>) =>
  defineAction({
    name,
    permission: 'licenses.view',
    schema: z.object({}),
    async run(_, ctx) {
      ctx.audit(entry);
      return result;
    },
  });

describe('defineAction', () => {
  it('writes the audit row under the action name when the entry names no action', async () => {
    const act = auditingAction('test.auditDefault', { result: 'success', target: 'probe' }, ok(1));
    expect(await act({})).toEqual({ ok: true, data: 1 });
    expect(lastAudit()).toMatchObject({ action: 'test.auditDefault', result: 'success', target: 'probe', userEmail: 'editor@demo.local' });
  });

  it('keeps an action the entry names itself', async () => {
    const act = auditingAction('test.auditNamed', { action: 'test.other', result: 'failure' }, fail('CONFLICT', 'no'));
    expect(await act({})).toEqual({ ok: false, code: 'CONFLICT', error: 'no' });
    expect(lastAudit()).toMatchObject({ action: 'test.other', result: 'failure' });
  });

  it('turns anything thrown into a failure with a reference that the server log and the audit row carry', async () => {
    const logged: unknown[][] = [];
    const spy = vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => void logged.push(args));
    const act = defineAction({
      name: 'test.throws',
      permission: 'licenses.view',
      schema: z.object({}),
      async run(): Promise<ActionResult<number>> {
        throw new TypeError("Cannot read properties of undefined (reading 'quantity')");
      },
    });
    const res = await act({});
    spy.mockRestore();
    expect(res).toMatchObject({ ok: false, code: 'FAILED', reference: expect.stringMatching(/^ERR-[A-Z2-9]{6}$/) });
    const reference = (res as { reference: string }).reference;
    expect((res as { error: string }).error).toContain(reference);
    expect(logged.some((args) => String(args[0]).includes(reference))).toBe(true);
    expect(lastAudit()).toMatchObject({ action: 'test.throws', result: 'failure', correlationId: reference, userEmail: 'editor@demo.local' });
  });
});
