// The control surface refuses what a web page could send: cross-site forms, foreign origins, non-JSON bodies.
import { describe, expect, it } from 'vitest';
import { withSandbox } from './client';

const api = withSandbox({ reset: false });

const post = (path: string, headers: Record<string, string>, body: string) => fetch(`${api.sbx.origin}/_sandbox${path}`, { method: 'POST', headers, body });
const offset = async () => (await api.control('GET', '/clock')).offsetSeconds as number;

describe('control surface guard', () => {
  it('refuses a cross-site HTML form post (urlencoded, foreign Origin) and changes nothing', async () => {
    await api.control('POST', '/reset');
    const before = await offset();
    const res = await post('/clock', { 'Content-Type': 'application/x-www-form-urlencoded', Origin: 'https://evil.example' }, 'advanceSeconds=86400');
    expect(res.status).toBe(403);
    expect((await res.json()).error).toMatch(/other origins/);
    expect(await offset()).toBe(before);
  });

  it('refuses JSON from a foreign Origin, and "null" origins', async () => {
    for (const origin of ['https://evil.example', 'http://127.0.0.1.evil.example', 'null']) {
      const res = await post('/clock', { 'Content-Type': 'application/json', Origin: origin }, '{"advanceSeconds": 60}');
      expect(res.status, origin).toBe(403);
    }
    const get = await fetch(`${api.sbx.origin}/_sandbox/state/tokens`, { headers: { Origin: 'https://evil.example' } });
    expect(get.status).toBe(403);
  });

  it('refuses a same-origin POST or DELETE that is not application/json', async () => {
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x']) {
      const res = await post('/clock', { 'Content-Type': type }, '{"advanceSeconds": 60}');
      expect(res.status, type).toBe(415);
    }
    const del = await fetch(`${api.sbx.origin}/_sandbox/faults`, { method: 'DELETE' });
    expect(del.status).toBe(415);
    expect(await offset()).toBe(0);
  });

  it('accepts JSON with no Origin or a loopback Origin', async () => {
    const plain = await post('/clock', { 'Content-Type': 'application/json' }, '{"advanceSeconds": 60}');
    expect(plain.status).toBe(200);
    const local = await post('/clock', { 'Content-Type': 'application/json; charset=utf-8', Origin: 'http://localhost:3000' }, '{"advanceSeconds": 60}');
    expect(local.status).toBe(200);
    expect(await offset()).toBe(120);
  });
});
