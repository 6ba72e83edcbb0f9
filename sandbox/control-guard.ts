// Keeps web pages off the control surface: a cross-site form or fetch cannot reset or fault the sandbox.
import type { IncomingMessage } from 'node:http';

const LOOPBACK = /^(localhost|127(\.\d{1,3}){3}|\[::1\])$/i;

// The browser's Origin header, when present, must be loopback or the sandbox's own host.
function originAllowed(req: IncomingMessage): boolean {
  const origin = req.headers.origin;
  if (origin === undefined) return true; // curl, node fetch, tests: no browser, no ambient credentials
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    return false; // "null" (sandboxed frames, file:) and anything unparsable
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return false;
  const ownHost = (req.headers.host ?? '').replace(/:\d+$/, '').toLowerCase();
  return LOOPBACK.test(url.hostname) || url.hostname.toLowerCase() === ownHost;
}

// Returns why the request is refused, or undefined when it may go on.
export function refuseControl(req: IncomingMessage): { status: number; message: string } | undefined {
  if (!originAllowed(req)) return { status: 403, message: 'The control surface refuses requests from other origins.' };
  const method = req.method ?? 'GET';
  if (method === 'GET' || method === 'HEAD') return undefined;
  const type = (req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
  if (type !== 'application/json') return { status: 415, message: `${method} on the control surface needs Content-Type: application/json.` };
  return undefined;
}
