import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, newNonce, strictTransportSecurity } from '@/lib/security-headers';

const directive = (csp: string, name: string) => csp.split('; ').find((d) => d.startsWith(`${name} `)) ?? '';

describe('Content-Security-Policy', () => {
  it('allows scripts by nonce only: no unsafe-inline, no unsafe-eval in production', () => {
    const csp = contentSecurityPolicy('abc123');
    const scripts = directive(csp, 'script-src');
    expect(scripts).toContain("'nonce-abc123'");
    expect(scripts).not.toContain('unsafe-inline');
    expect(scripts).not.toContain('unsafe-eval');
    expect(directive(csp, 'style-src')).toContain("'nonce-abc123'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
  });

  it('a fresh, unguessable nonce each time', () => {
    const nonces = new Set(Array.from({ length: 50 }, newNonce));
    expect(nonces.size).toBe(50);
    for (const n of nonces) expect(Buffer.from(n, 'base64')).toHaveLength(16);
  });

  it('stays fresh across refills of the random pool (256 nonces a refill)', () => {
    const nonces = Array.from({ length: 600 }, newNonce);
    expect(new Set(nonces).size).toBe(600);
    for (const n of nonces) expect(Buffer.from(n, 'base64')).toHaveLength(16);
  });
});

describe('Strict-Transport-Security', () => {
  it('only when AUTH_URL is https', () => {
    expect(strictTransportSecurity('https://cipp.example.com')).toMatch(/^max-age=\d{8,}; includeSubDomains$/);
    expect(strictTransportSecurity('http://localhost:3000')).toBeUndefined();
    expect(strictTransportSecurity(undefined)).toBeUndefined();
    expect(strictTransportSecurity('not a url')).toBeUndefined();
  });
});
