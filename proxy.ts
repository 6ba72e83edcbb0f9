// Every page gets a fresh CSP nonce (read by the root layout); a signed-out visitor of any page is sent to
// sign-in, with a way back. Server actions and API routes are not redirected: they refuse on their own.
import { NextResponse, type NextRequest } from 'next/server';
import { auth } from '@/lib/auth';
import { env } from '@/lib/env';
import { API_CONTENT_SECURITY_POLICY, contentSecurityPolicy, newNonce, strictTransportSecurity } from '@/lib/security-headers';

// The icon, the manifest and robots.txt are read before sign-in (the browser asks for them on the sign-in page).
const PUBLIC = /^\/(api\/|signin(\/|$)|icon|favicon\.ico$|manifest\.webmanifest$|robots\.txt)/;

async function signInRedirect(req: NextRequest): Promise<NextResponse | undefined> {
  if (req.method !== 'GET' || PUBLIC.test(req.nextUrl.pathname)) return undefined;
  const session = await auth();
  if (session?.user) return undefined;
  const { pathname, search } = req.nextUrl;
  const url = new URL('/signin', req.nextUrl.origin);
  if (pathname !== '/') url.searchParams.set('callbackUrl', pathname + search);
  return NextResponse.redirect(url);
}

// Auth.js's own answers (/api/auth/*) may be pages: they keep the page policy with a nonce.
const JSON_API = /^\/api\/(?!auth\/)/;

// The environment is read once per process: HSTS does not change while it runs.
let hsts: { value: string | undefined } | undefined;

export async function proxy(req: NextRequest) {
  const { pathname } = req.nextUrl;
  let res: NextResponse;
  if (JSON_API.test(pathname)) {
    // A JSON answer runs no script and needs no nonce: a fixed, stricter policy, without a random draw per call.
    res = NextResponse.next();
    res.headers.set('Content-Security-Policy', API_CONTENT_SECURITY_POLICY);
  } else {
    const nonce = newNonce();
    const csp = contentSecurityPolicy(nonce, { dev: env().NODE_ENV !== 'production' });
    res = pathname.startsWith('/api/') ? NextResponse.next() : ((await signInRedirect(req)) ?? NextResponse.next({ request: { headers: pageHeaders(req, nonce, csp) } }));
    res.headers.set('Content-Security-Policy', csp);
  }
  hsts ??= { value: strictTransportSecurity(env().AUTH_URL) };
  if (hsts.value) res.headers.set('Strict-Transport-Security', hsts.value);
  return res;
}

// Only pages render inline scripts that need the nonce: an API route's request is passed on as it came (cheaper per call).
function pageHeaders(req: NextRequest, nonce: string, csp: string): Headers {
  const headers = new Headers(req.headers);
  headers.set('x-nonce', nonce);
  headers.set('Content-Security-Policy', csp);
  return headers;
}

export const config = {
  matcher: [{ source: '/((?!_next/static|_next/image|favicon\\.ico).*)' }],
};
