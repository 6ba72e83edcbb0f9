// A tenant's subscriptions for the CSP Licenses grid (react-query refetches this after every change).
import { NextResponse } from 'next/server';
import { isIngramError } from '@/lib/ingram';
import { loadTenantLicenses } from '@/lib/licenses/load';
import { authorizeRoute } from '@/lib/orders/route-auth';
import { tenantIngramContext } from '@/lib/tenants/ingram-context';
import { getTenantByTenantId } from '@/lib/tenants/queries';

export const dynamic = 'force-dynamic';

export async function GET(req: Request, { params }: { params: Promise<{ tenantId: string }> }) {
  const auth = await authorizeRoute('licenses.view', 'route:GET /api/tenants/[tenantId]/licenses');
  if ('response' in auth) return auth.response;
  const { tenantId } = await params;
  const context = tenantIngramContext(getTenantByTenantId(tenantId.toLowerCase()));
  if (context.state === 'no-tenant') return NextResponse.json({ code: 'NOT_FOUND', error: 'No such tenant.' }, { status: 404 });
  if (context.state !== 'ready') return NextResponse.json({ code: 'CONFLICT', error: `The tenant cannot be read from Ingram Micro (${context.state}).`, state: context.state }, { status: 409 });
  const includeTerminated = new URL(req.url).searchParams.get('terminated') === '1';
  try {
    const data = await loadTenantLicenses({ tenantId: context.tenant.tenantId, customerId: context.customerId, includeTerminated });
    return NextResponse.json(data, { headers: { 'Cache-Control': 'no-store' } });
  } catch (e) {
    if (!isIngramError(e)) throw e;
    const { operation, message, status, correlationId, retryable, kind } = e.toPublic();
    const code = kind === 'disabled' || kind === 'unconfigured' ? 'DISABLED' : 'UPSTREAM';
    return NextResponse.json({ ok: false, code, error: message, upstream: { operation, message, status, correlationId, retryable } }, { status: 502 });
  }
}
