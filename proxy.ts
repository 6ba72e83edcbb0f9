// Sends a signed-out visitor of any page to sign-in, with a way back. Server actions and
// API routes are not redirected: they refuse on their own (and write the audit row).
import { NextResponse, type NextRequest } from 'next/server';
import { auth } from '@/lib/auth';

export async function proxy(req: NextRequest) {
  if (req.method !== 'GET') return NextResponse.next();
  const session = await auth();
  if (session?.user) return NextResponse.next();
  const { pathname, search } = req.nextUrl;
  const url = new URL('/signin', req.nextUrl.origin);
  if (pathname !== '/') url.searchParams.set('callbackUrl', pathname + search);
  return NextResponse.redirect(url);
}

export const config = {
  matcher: ['/((?!api/|_next/static|_next/image|favicon\\.ico|signin|icon|robots\\.txt).*)'],
};
