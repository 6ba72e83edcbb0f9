// lib/http/upstream.ts against a real local server: what fetch did for the Ingram and Microsoft
// clients (redirects not followed, compressed bodies decoded, aborts and refused connections reject).
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UPSTREAM_TIMEOUT, upstreamRequest } from '@/lib/http/upstream';
import { exchange as microsoftExchange } from '@/lib/microsoft/http';

let server: http.Server;
let base = '';
const seen: Array<{ method?: string; url?: string; body: string; headers: http.IncomingHttpHeaders }> = [];

beforeAll(async () => {
  server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString()));
    req.on('end', () => {
      seen.push({ method: req.method, url: req.url, body, headers: req.headers });
      if (req.url === '/gzip') {
        res.writeHead(200, { 'content-type': 'application/json', 'content-encoding': 'gzip', 'x-correlation-id': 'abc-1' });
        return res.end(zlib.gzipSync(JSON.stringify({ name: 'Zoë' })));
      }
      if (req.url === '/redirect') {
        res.writeHead(302, { location: '/elsewhere' });
        return res.end();
      }
      if (req.url === '/slow') return setTimeout(() => res.end('late'), 2_000);
      if (req.url === '/slow-body') {
        res.writeHead(200, { 'content-type': 'text/plain' });
        res.write('first part');
        return setTimeout(() => res.end(' and the rest'), 2_000);
      }
      res.writeHead(201, { 'content-type': 'text/plain', 'set-cookie': ['a=1', 'b=2'] });
      res.end(`\uFEFFechoed ${body}`);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

const request = (path: string, extra: Partial<Parameters<typeof upstreamRequest>[0]> = {}) =>
  upstreamRequest({ url: `${base}${path}`, method: 'GET', headers: { Accept: 'application/json' }, signal: new AbortController().signal, ...extra });

describe('upstreamRequest', () => {
  it('decodes a gzip body and keeps the headers', async () => {
    const res = await request('/gzip');
    expect(res.status).toBe(200);
    expect(JSON.parse(res.text)).toEqual({ name: 'Zoë' });
    expect(res.headers.get('x-correlation-id')).toBe('abc-1');
    expect(seen.at(-1)?.headers['accept-encoding']).toContain('gzip');
  });

  it('sends the body with its length and drops a byte order mark, as fetch does', async () => {
    const res = await request('/echo', { method: 'POST', body: '{"q":"é"}', headers: { 'Content-Type': 'application/json' } });
    expect(res.status).toBe(201);
    expect(res.text).toBe('echoed {"q":"é"}');
    expect(seen.at(-1)).toMatchObject({ method: 'POST', body: '{"q":"é"}' });
    expect(seen.at(-1)?.headers['content-length']).toBe(String(Buffer.byteLength('{"q":"é"}')));
    expect(res.headers.get('set-cookie')).toContain('a=1');
  });

  it('returns a redirect as it is, without following it', async () => {
    const res = await request('/redirect');
    expect(res.status).toBe(302);
    expect(res.headers.get('location')).toBe('/elsewhere');
  });

  it('rejects when aborted while waiting for the answer', async () => {
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 100);
    await expect(request('/slow', { signal: controller.signal })).rejects.toThrow();
  });

  it('with timeoutMs, rejects with UPSTREAM_TIMEOUT when no answer comes in time', async () => {
    // The answer would come after 2 s: the rejection's code shows the timer ended the request.
    await expect(upstreamRequest({ url: `${base}/slow`, method: 'GET', headers: {}, timeoutMs: 150 })).rejects.toMatchObject({ code: UPSTREAM_TIMEOUT });
  });

  it('with timeoutMs, the timeout covers the body too', async () => {
    await expect(upstreamRequest({ url: `${base}/slow-body`, method: 'GET', headers: {}, timeoutMs: 150 })).rejects.toMatchObject({ code: UPSTREAM_TIMEOUT });
  });

  it('with timeoutMs, an answer in time resolves as usual', async () => {
    const res = await upstreamRequest({ url: `${base}/gzip`, method: 'GET', headers: {}, timeoutMs: 1_000 });
    expect(JSON.parse(res.text)).toEqual({ name: 'Zoë' });
  });

  it("Microsoft's exchange turns the timeout into its timeout error", async () => {
    await expect(microsoftExchange({ operation: 'read seats', url: `${base}/slow`, method: 'GET', timeoutMs: 150 })).rejects.toMatchObject({ kind: 'timeout' });
  });

  it('rejects a refused connection with its code', async () => {
    const closed = http.createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    await expect(upstreamRequest({ url: `http://127.0.0.1:${port}/`, method: 'GET', headers: {}, signal: new AbortController().signal })).rejects.toMatchObject({
      code: 'ECONNREFUSED',
    });
  });
});
