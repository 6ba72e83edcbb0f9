import 'server-only';
// The twin of defineAction for GET route handlers: the signed-in user re-read -> the permission
// table (and `authorize`) -> zod-parsed params and search params -> run -> JSON, or one error shape.
import { NextResponse } from 'next/server';
import { unstable_rethrow } from 'next/navigation';
import { z } from 'zod';
import { writeAnonymousRefusal, writeAudit } from '@/lib/audit';
import { getCurrentUser, type CurrentUser } from '@/lib/auth/current-user';
import { levelAllows, type Permission } from '@/lib/auth/permissions';
import { firstOutOfScope } from '@/lib/auth/tenant-scope';
import { fieldErrorsOf, TENANT_NOT_FOUND } from './factory';
import { unexpectedFailure } from './unexpected';
import { routeRegistry } from './registry';
import { fail, type ActionErrorCode, type ActionFailure, type ActionResult } from './result';

export type RouteContext = { user: CurrentUser };

type Def<P extends z.ZodType, Q extends z.ZodType, T> = {
  /** The URL pattern without route groups, e.g. '/api/orders/[orderId]'; refusals are audited as 'route:GET <route>'. */
  route: string;
  permission: Permission;
  /** Extra check after the permission table (e.g. the Ingram settings' purchase roles). */
  authorize?: (user: CurrentUser) => true | string;
  params?: P;
  search?: Q;
  /** A Response is sent as it is (a download); a result's data is sent as JSON, a failure as the one error shape. */
  run: (input: { params: z.output<P>; search: z.output<Q> }, ctx: RouteContext) => Promise<ActionResult<T> | Response>;
};

const STATUS: Record<ActionErrorCode, number> = { VALIDATION: 400, UNAUTHENTICATED: 401, FORBIDDEN: 403, NOT_FOUND: 404, CONFLICT: 409, UPSTREAM: 502, DISABLED: 502, FAILED: 500 };

/** The one error shape of every route: code and message, field errors or the upstream details when there are some. */
export function errorResponse({ code, error, fieldErrors, upstream, reference }: ActionFailure): NextResponse {
  return NextResponse.json(
    { code, error, ...(fieldErrors && { fieldErrors }), ...(upstream && { upstream }), ...(reference && { reference }) },
    { status: STATUS[code], headers: { 'Cache-Control': 'no-store' } },
  );
}

const empty = z.object({});

export function defineRoute<T, P extends z.ZodType = typeof empty, Q extends z.ZodType = typeof empty>(def: Def<P, Q, T>) {
  routeRegistry.add(def.route, def.permission);
  const audit = `route:GET ${def.route}`;
  // A route without dynamic segments gets no params from Next (undefined, not {}).
  type Ctx = { params?: Promise<Record<string, string | string[] | undefined> | undefined> };
  return async function GET(req: Request, ctx?: Ctx): Promise<Response> {
    let who: { id: string; email: string; role: string } | null = null;
    try {
      return await guarded(req, ctx, (w) => (who = w));
    } catch (error) {
      unstable_rethrow(error); // Next's own redirect and not-found signals are not failures
      // Whatever was thrown: the one error shape with a reference (Ingram errors keep their details), never a bare 500.
      return errorResponse(unexpectedFailure(error, audit, who));
    }
  };

  async function guarded(req: Request, ctx: Ctx | undefined, identify: (who: { id: string; email: string; role: string }) => void): Promise<Response> {
    const user = await getCurrentUser();
    if (!user) {
      writeAnonymousRefusal(audit);
      return errorResponse(fail('UNAUTHENTICATED', 'You are not signed in, or your session has ended. Sign in again.'));
    }
    const verdict = levelAllows(user.level, def.permission) ? (def.authorize?.(user) ?? true) : 'Your role does not allow this.';
    if (verdict !== true) {
      writeAudit({ action: audit, result: 'refused', user: { id: user.id, email: user.email, role: user.role }, message: verdict });
      return errorResponse(fail('FORBIDDEN', verdict));
    }
    identify({ id: user.id, email: user.email, role: user.role });
    const p = (def.params ?? empty).safeParse((await ctx?.params) ?? {});
    const q = (def.search ?? empty).safeParse(Object.fromEntries(new URL(req.url).searchParams));
    if (!p.success || !q.success) {
      const fieldErrors = { ...(p.success ? {} : fieldErrorsOf(p.error)), ...(q.success ? {} : fieldErrorsOf(q.error)) };
      return errorResponse(fail('VALIDATION', 'Some values are not valid. Correct them and try again.', { fieldErrors }));
    }
    const outside = firstOutOfScope(user.scope, { params: p.data, search: q.data });
    if (outside) {
      writeAudit({ action: audit, result: 'refused', user: { id: user.id, email: user.email, role: user.role }, tenantId: outside, message: 'Tenant outside the role’s scope.' });
      return errorResponse(fail('NOT_FOUND', TENANT_NOT_FOUND));
    }
    const out = await def.run({ params: p.data as z.output<P>, search: q.data as z.output<Q> }, { user });
    if (out instanceof Response) return out;
    if (!out.ok) return errorResponse(out);
    return NextResponse.json(out.data, { headers: { 'Cache-Control': 'no-store' } });
  }
}
