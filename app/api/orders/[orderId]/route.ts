// One order the app placed, refreshed from Ingram while it has not ended: for the browser's polling.
import { NextResponse } from 'next/server';
import { pollOrder } from '@/lib/orders/refresh';
import { authorizeRoute } from '@/lib/orders/route-auth';

export const dynamic = 'force-dynamic';

export async function GET(_req: Request, { params }: { params: Promise<{ orderId: string }> }) {
  const auth = await authorizeRoute('orders.view', 'route:GET /api/orders/[orderId]');
  if ('response' in auth) return auth.response;
  const { orderId } = await params;
  const id = Number(orderId);
  if (!Number.isSafeInteger(id) || id <= 0) return NextResponse.json({ code: 'VALIDATION', error: 'Not an order id.' }, { status: 400 });
  const result = await pollOrder(id);
  if (!result) return NextResponse.json({ code: 'NOT_FOUND', error: 'No such order.' }, { status: 404 });
  return NextResponse.json(result, { headers: { 'Cache-Control': 'no-store' } });
}
