// Issue 14.2: redirect targets stay on this site, whatever form an outside URL is smuggled in.
import { describe, expect, it } from 'vitest';
import { safeRedirectPath } from '@/lib/auth/redirect';

const ORIGIN = 'https://cipp.example.com';

describe('safeRedirectPath', () => {
  it.each([
    '/\\evil.example',
    '\\\\evil.example',
    '//evil.example',
    '///evil.example',
    '/%09/evil.example',
    '/\t/evil.example',
    '/%2F%2Fevil.example',
    '/%5Cevil.example',
    'https://evil.example',
    'https://evil.example/path',
    'http://cipp.example.com/',
    'javascript:alert(1)',
    'evil.example',
    '',
    '/%E0%A4%A',
    '/ok\r\nSet-Cookie: x=1',
  ])('refuses %j', (value) => {
    expect(safeRedirectPath(value, ORIGIN)).toBe('/');
  });

  it('keeps a path on this site with its query and hash', () => {
    expect(safeRedirectPath('/tenant/licenses?tenantFilter=abc#top', ORIGIN)).toBe('/tenant/licenses?tenantFilter=abc#top');
    expect(safeRedirectPath('https://cipp.example.com/settings/users', ORIGIN)).toBe('/settings/users');
  });

  it('refuses anything that is not a string', () => {
    expect(safeRedirectPath(undefined, ORIGIN)).toBe('/');
    expect(safeRedirectPath(['/a', '/b'], ORIGIN)).toBe('/');
  });
});
