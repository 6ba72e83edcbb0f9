import 'server-only';
// Request bodies are read with a cap before anything parses them: a huge or endless body
// is refused with 413 after `max` bytes instead of being buffered whole by a parser.
import { NextRequest, NextResponse } from 'next/server';

/** Sign-in, sign-out and CSRF forms are a few hundred bytes. */
export const AUTH_BODY_LIMIT = 16 * 1024;

export async function readCappedBody(req: Request, max: number): Promise<Uint8Array | 'too-large'> {
  const declared = Number(req.headers.get('content-length') ?? '0');
  if (declared > max) return 'too-large';
  if (!req.body) return new Uint8Array(0);
  const reader = req.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > max) {
      await reader.cancel();
      return 'too-large';
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

export const tooLarge = () => NextResponse.json({ code: 'TOO_LARGE', error: 'The request is too large.' }, { status: 413 });

/** Wraps a route handler: bodies over `max` bytes are refused before the handler sees them. */
export function withBodyLimit<C>(handler: (req: NextRequest, ctx: C) => Promise<Response>, max: number) {
  return async (req: NextRequest, ctx: C): Promise<Response> => {
    if (req.method === 'GET' || req.method === 'HEAD') return handler(req, ctx);
    const body = await readCappedBody(req, max);
    if (body === 'too-large') return tooLarge();
    return handler(new NextRequest(req.url, { method: req.method, headers: req.headers, body: body as BodyInit }), ctx);
  };
}
