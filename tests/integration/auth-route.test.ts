// Auth.js's own route: a body over the cap is refused with 413 before it is parsed, and a
// failed sign-in logs one line, never a stack trace.
import { NextRequest } from 'next/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { GET, POST } from '@/app/api/auth/[...nextauth]/route';
import { getDb } from '@/db';
import { users } from '@/db/schema';
import { hashPassword } from '@/lib/auth/password';

const ORIGIN = 'http://localhost:3000';

async function csrf(): Promise<{ token: string; cookie: string }> {
  const res = await GET(new NextRequest(`${ORIGIN}/api/auth/csrf`));
  const { csrfToken } = (await res.json()) as { csrfToken: string };
  const cookie = res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  return { token: csrfToken, cookie };
}

function post(body: string | ReadableStream<Uint8Array>, headers: Record<string, string> = {}) {
  return POST(
    new NextRequest(`${ORIGIN}/api/auth/callback/credentials`, {
      method: 'POST',
      body,
      headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
      duplex: 'half',
    } as ConstructorParameters<typeof NextRequest>[1]),
    undefined as never,
  );
}

afterEach(() => vi.restoreAllMocks());

describe('the Auth.js route', () => {
  it('refuses a body over the cap with 413, also when its length is not declared', async () => {
    const big = 'email=a%40b.c&password=' + 'x'.repeat(100_000);
    expect((await post(big)).status).toBe(413);
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        controller.enqueue(new TextEncoder().encode('x'.repeat(8192))); // endless, no content-length
      },
    });
    expect((await post(stream)).status).toBe(413);
  });

  it('a wrong password logs one line and no stack trace', async () => {
    getDb()
      .insert(users)
      .values({ email: 'log.test@demo.local', name: 'Log', role: 'readonly', passwordHash: await hashPassword('Right-Lantern-Orbit-73') })
      .onConflictDoNothing()
      .run();
    const lines: string[] = [];
    const capture = (...args: unknown[]) => {
      lines.push(args.map(String).join(' '));
    };
    vi.spyOn(console, 'error').mockImplementation(capture);
    vi.spyOn(console, 'warn').mockImplementation(capture);
    const { token, cookie } = await csrf();
    const res = await post(new URLSearchParams({ email: 'log.test@demo.local', password: 'Wrong-Password-000', csrfToken: token }).toString(), { cookie });
    expect(res.status).toBeLessThan(500);
    expect(res.headers.get('location') ?? '').toMatch(/error=CredentialsSignin/);
    const text = lines.join('\n');
    expect(text.split('\n').filter((l) => l.trim())).toHaveLength(1);
    expect(text).not.toMatch(/\n\s+at /);
  });
});
