import 'server-only';
// GET route handlers check the session and the permission table the way the action factory does.
import { NextResponse } from 'next/server';
import { getCurrentUser, type CurrentUser } from '@/lib/auth/current-user';
import { levelAllows, type Permission } from '@/lib/auth/permissions';

export async function authorizeRoute(permission: Permission): Promise<{ user: CurrentUser } | { response: NextResponse }> {
  const user = await getCurrentUser();
  if (!user) return { response: NextResponse.json({ code: 'UNAUTHENTICATED', error: 'You are not signed in, or your session has ended. Sign in again.' }, { status: 401 }) };
  if (!levelAllows(user.level, permission)) return { response: NextResponse.json({ code: 'FORBIDDEN', error: 'Your role does not allow this.' }, { status: 403 }) };
  return { user };
}
