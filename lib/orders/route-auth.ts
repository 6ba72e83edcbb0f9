import 'server-only';
// GET route handlers check the session and the permission table the way the action factory does.
import { NextResponse } from 'next/server';
import { getCurrentUser, type CurrentUser } from '@/lib/auth/current-user';
import { writeAnonymousRefusal, writeAudit } from '@/lib/audit';
import { levelAllows, type Permission } from '@/lib/auth/permissions';

/** `name` is the audit action for refusals, e.g. 'route:GET /api/orders/[orderId]'. */
export async function authorizeRoute(permission: Permission, name: string): Promise<{ user: CurrentUser } | { response: NextResponse }> {
  const user = await getCurrentUser();
  if (!user) {
    writeAnonymousRefusal(name);
    return { response: NextResponse.json({ code: 'UNAUTHENTICATED', error: 'You are not signed in, or your session has ended. Sign in again.' }, { status: 401 }) };
  }
  if (!levelAllows(user.level, permission)) {
    writeAudit({ action: name, result: 'refused', user: { id: user.id, email: user.email, role: user.role }, message: 'Your role does not allow this.' });
    return { response: NextResponse.json({ code: 'FORBIDDEN', error: 'Your role does not allow this.' }, { status: 403 }) };
  }
  return { user };
}
