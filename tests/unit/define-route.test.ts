// The route factory answers every GET the same way: refusals audited with {code, error} only,
// zod-checked params and search params, Ingram failures with their status and correlation id,
// anything else a 500 without a stack.
import { desc, eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { getDb } from '@/db';
import { auditLog } from '@/db/schema';
import { ok, type ActionResult } from '@/lib/actions/result';
import type { CurrentUser } from '@/lib/auth/current-user';
import { IngramError } from '@/lib/ingram/errors';

const who: { user: CurrentUser | undefined } = { user: undefined };
vi.mock('@/lib/auth/current-user', () => ({ getCurrentUser: async () => who.user }));
const { defineRoute } = await import('@/lib/actions/route');

const reader: CurrentUser = { id: 'u1', email: 'reader@demo.local', name: 'Reader', role: 'readonly', level: 'readonly', lastTenantId: null, scope: { mode: 'all' } };
const editor: CurrentUser = { ...reader, id: 'u2', email: 'editor@demo.local', role: 'editor', level: 'editor' };

let behaviour: () => Promise<unknown> = async () => ({ fine: true });
const GET = defineRoute({
  route: '/test/things/[id]',
  permission: 'licenses.manage',
  params: z.object({ id: z.coerce.number().int().positive() }),
  search: z.object({ seats: z.coerce.number().int().min(1) }),
  run: ({ params, search }) => behaviour().then((out) => (out === 'echo' ? ok({ id: params.id, seats: search.seats }) : (out as ActionResult<unknown>))),
});

const call = async (url = 'http://app/test/things/7?seats=2', id = '7') => {
  const res = await GET(new Request(url), { params: Promise.resolve({ id }) });
  return { status: res.status, headers: res.headers, body: (await res.json()) as Record<string, unknown> };
};
const lastAudit = () => getDb().select().from(auditLog).where(eq(auditLog.action, 'route:GET /test/things/[id]')).orderBy(desc(auditLog.id)).get();

describe('defineRoute', () => {
  beforeEach(() => {
    who.user = editor;
    behaviour = async () => 'echo';
  });

  it('answers the parsed params and search params as JSON, not cached', async () => {
    const res = await call();
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ id: 7, seats: 2 });
    expect(res.headers.get('cache-control')).toBe('no-store');
  });

  it('serves a route without dynamic segments, which Next calls without params', async () => {
    const plain = defineRoute({ route: '/test/plain', permission: 'catalog.view', run: async () => ok({ plain: true }) });
    const res = await plain(new Request('http://app/test/plain?anything=1'), { params: Promise.resolve(undefined) });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ plain: true });
  });

  it('refuses a signed-out caller (401) and a role below the permission (403), with code and error only, audited', async () => {
    who.user = undefined;
    const anonymous = await call();
    expect(anonymous.status).toBe(401);
    expect(anonymous.body).toEqual({ code: 'UNAUTHENTICATED', error: expect.any(String) });
    expect(lastAudit()).toMatchObject({ result: 'refused', userEmail: null });
    who.user = reader;
    const readonly = await call();
    expect(readonly.status).toBe(403);
    expect(Object.keys(readonly.body).sort()).toEqual(['code', 'error']);
    expect(lastAudit()).toMatchObject({ result: 'refused', userEmail: 'reader@demo.local', role: 'readonly' });
  });

  it('answers bad params or search params with 400 and the fields, without running', async () => {
    behaviour = vi.fn(async () => 'echo');
    const res = await call('http://app/test/things/x?seats=0', 'x');
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('VALIDATION');
    expect(Object.keys(res.body.fieldErrors as object).sort()).toEqual(['id', 'seats']);
    expect(behaviour).not.toHaveBeenCalled();
  });

  it('carries an Ingram failure: message, HTTP status and correlation id (502)', async () => {
    behaviour = async () => {
      throw new IngramError({ operation: 'read the thing', kind: 'http', status: 429, upstreamMessage: 'Too many requests', correlationId: 'corr-1' });
    };
    const res = await call();
    expect(res.status).toBe(502);
    expect(res.body).toMatchObject({ code: 'UPSTREAM', upstream: { operation: 'read the thing', status: 429, correlationId: 'corr-1' } });
    expect(String(res.body.error)).toContain('Too many requests');
  });

  it('answers a failure result with its status, and anything thrown with a 500 that shows no stack', async () => {
    behaviour = async () => ({ ok: false, code: 'NOT_FOUND', error: 'No such thing.' });
    expect(await call()).toMatchObject({ status: 404, body: { code: 'NOT_FOUND', error: 'No such thing.' } });
    const spy = vi.spyOn(console, 'error').mockImplementation(() => {});
    behaviour = async () => {
      throw new Error('secret detail at /srv/app/lib/x.ts:12');
    };
    const res = await call();
    spy.mockRestore();
    expect(res.status).toBe(500);
    expect(res.body).toEqual({ code: 'FAILED', error: expect.stringContaining(String(res.body.reference)), reference: expect.stringMatching(/^ERR-[A-Z2-9]{6}$/) });
    expect(JSON.stringify(res.body)).not.toContain('secret detail');
  });

  it('gives an unexpected failure a short reference that the server log and the audit row carry', async () => {
    const logged: unknown[][] = [];
    const spy = vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => void logged.push(args));
    behaviour = async () => {
      throw new TypeError("Cannot read properties of undefined (reading 'quantity')");
    };
    const res = await call();
    spy.mockRestore();
    const reference = String(res.body.reference);
    expect(reference).toMatch(/^ERR-[A-Z2-9]{6}$/);
    expect(logged.some((args) => String(args[0]).includes(reference))).toBe(true);
    expect(lastAudit()).toMatchObject({ result: 'failure', correlationId: reference, userEmail: 'editor@demo.local' });
  });

  it('answers a failure with a reference even when reading the user throws', async () => {
    const spy = vi.spyOn(console, 'error').mockImplementation(() => {});
    const broken = defineRoute({ route: '/test/broken', permission: 'catalog.view', run: async () => ok({}) });
    who.user = new Proxy({} as CurrentUser, {
      get() {
        throw new Error('database is locked');
      },
    });
    const res = await broken(new Request('http://app/test/broken'), { params: Promise.resolve(undefined) });
    spy.mockRestore();
    expect(res.status).toBe(500);
    expect(await res.json()).toMatchObject({ code: 'FAILED', reference: expect.stringMatching(/^ERR-/) });
  });
});
