// proxy.ts: a JSON route under /api gets a fixed strict policy (no nonce drawn), Auth.js's routes and
// pages keep a fresh nonce policy each time, and every answer carries one.
import { NextRequest } from 'next/server';
import { describe, expect, it, vi } from 'vitest';
import { API_CONTENT_SECURITY_POLICY } from '@/lib/security-headers';

vi.mock('@/lib/auth', () => ({ auth: async () => ({ user: { id: 'u1' } }) }));
const { proxy } = await import('@/proxy');

const cspOf = async (path: string) => (await proxy(new NextRequest(`http://app.local${path}`))).headers.get('Content-Security-Policy') ?? '';

describe('proxy security headers', () => {
  it('a JSON route: the fixed policy that lets nothing load or frame it', async () => {
    expect(await cspOf('/api/tenants/t1/licenses')).toBe(API_CONTENT_SECURITY_POLICY);
    expect(API_CONTENT_SECURITY_POLICY).toContain("default-src 'none'");
    expect(API_CONTENT_SECURITY_POLICY).toContain("frame-ancestors 'none'");
  });

  it("Auth.js's routes and pages: a policy with a fresh nonce each time", async () => {
    for (const path of ['/api/auth/session', '/tenant/licenses']) {
      const [a, b] = [await cspOf(path), await cspOf(path)];
      expect(a).toMatch(/'nonce-[A-Za-z0-9+/=]+'/);
      expect(a).toContain("frame-ancestors 'none'");
      expect(a).not.toBe(b);
    }
  });
});
