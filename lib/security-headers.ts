import 'server-only';
// The per-request security headers: a nonce-based CSP (no 'unsafe-inline' for scripts) and HSTS behind https.

// Random bytes drawn 4 KB at a time: one system call per 256 nonces instead of one per request
// (each byte is handed out once, as node's own randomUUID does with its cache).
const NONCE_BYTES = 16;
const pool = new Uint8Array(4096);
let used = pool.length;

export function newNonce(): string {
  if (used + NONCE_BYTES > pool.length) {
    crypto.getRandomValues(pool);
    used = 0;
  }
  used += NONCE_BYTES;
  return Buffer.from(pool.subarray(used - NONCE_BYTES, used)).toString('base64');
}

// Next reads the nonce from this header and puts it on its own scripts; 'strict-dynamic' lets them load chunks.
export function contentSecurityPolicy(nonce: string, opts: { dev?: boolean } = {}): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${opts.dev ? " 'unsafe-eval'" : ''}`,
    // Emotion's <style> tags carry the nonce; style attributes (MUI, the data grid) cannot, and cannot run code.
    `style-src 'self' 'nonce-${nonce}'`,
    "style-src-attr 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "frame-ancestors 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "object-src 'none'",
  ].join('; ');
}

/** For the JSON routes under /api: nothing may load or frame them. */
export const API_CONTENT_SECURITY_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

// Only when the public URL is https: HSTS on plain http would be ignored at best and misleading at worst.
export function strictTransportSecurity(authUrl: string | undefined): string | undefined {
  if (!authUrl) return undefined;
  try {
    return new URL(authUrl).protocol === 'https:' ? 'max-age=63072000; includeSubDomains' : undefined;
  } catch {
    return undefined;
  }
}
