import 'server-only';
// Upstream HTTP (Ingram, Microsoft) over node:http(s) with keep-alive agents, not the global fetch:
// Next patches that one (cache bookkeeping, a tracing span) for every call, and undici's fetch
// spends more CPU per call than node:http. Same contract as fetch: redirects are not followed,
// the body is decompressed, an abort or a network failure rejects with the error's code.
import http from 'node:http';
import https from 'node:https';
import tls from 'node:tls';
import { promisify } from 'node:util';
import zlib from 'node:zlib';

/** Ended by `signal`, or after `timeoutMs` (the body and its decoding included), rejecting with code UPSTREAM_TIMEOUT. */
export type UpstreamRequest = { url: string; method: string; headers: Record<string, string>; body?: string } & ({ signal: AbortSignal } | { timeoutMs: number });
export const UPSTREAM_TIMEOUT = 'UPSTREAM_TIMEOUT';
export type UpstreamResponse = { status: number; headers: Headers; text: string };

// As undici's fetch did: a connection not made within 10 s fails as never connected (same code), whatever the call's own timeout.
const CONNECT_TIMEOUT_MS = 10_000;
// Idle sockets are closed before a server's usual 5 s keep-alive ends, so a reused one is rarely already closed.
const IDLE_MS = 4_000;
const agents = {
  'http:': new http.Agent({ keepAlive: true, timeout: IDLE_MS }),
  'https:': new https.Agent({ keepAlive: true, timeout: IDLE_MS }),
};

const DECODERS: Record<string, (b: Buffer) => Promise<Buffer>> = {
  gzip: promisify(zlib.gunzip),
  'x-gzip': promisify(zlib.gunzip),
  deflate: promisify(zlib.inflate),
  br: promisify(zlib.brotliDecompress),
};

/** One request; resolves with the whole body as text once it has arrived. */
export function upstreamRequest(x: UpstreamRequest): Promise<UpstreamResponse> {
  const url = new URL(x.url);
  const transport = url.protocol === 'https:' ? https : url.protocol === 'http:' ? http : undefined;
  if (!transport) return Promise.reject(new TypeError(`unsupported protocol ${url.protocol}`));
  return new Promise<UpstreamResponse>((settle, fail) => {
    // A timeout is one timer that destroys the request: an AbortController and its listeners per call cost more.
    const timer = 'timeoutMs' in x ? setTimeout(() => timeUp(), x.timeoutMs) : undefined;
    const resolve = (r: UpstreamResponse) => {
      clearTimeout(timer);
      settle(r);
    };
    const reject = (e: unknown) => {
      clearTimeout(timer);
      fail(e);
    };
    // Settled first, so whatever the destroyed request then reports is ignored.
    const timeUp = () => {
      fail(Object.assign(new Error('no answer in time'), { code: UPSTREAM_TIMEOUT }));
      req.destroy();
    };
    const headers: Record<string, string> = { 'Accept-Encoding': 'gzip, deflate, br', ...x.headers };
    if (x.body !== undefined) headers['Content-Length'] = String(Buffer.byteLength(x.body));
    const req = transport.request(url, { method: x.method, headers, agent: agents[url.protocol as keyof typeof agents], ...('signal' in x && { signal: x.signal }) }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('error', reject);
      res.on('aborted', () => reject(Object.assign(new Error('the answer was cut off'), { code: 'ECONNRESET' })));
      res.on('end', () => {
        const decode =
          DECODERS[
            String(res.headers['content-encoding'] ?? '')
              .trim()
              .toLowerCase()
          ];
        const body = Buffer.concat(chunks);
        (decode ? decode(body) : Promise.resolve(body)).then((raw) => {
          const text = raw.toString('utf8');
          resolve({ status: res.statusCode ?? 0, headers: headersOf(res.headers), text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text });
        }, reject);
      });
    });
    req.on('error', reject);
    req.on('socket', (socket) => {
      if (!socket.connecting) return;
      const timer = setTimeout(() => req.destroy(Object.assign(new Error('connect timeout'), { code: 'UND_ERR_CONNECT_TIMEOUT' })), CONNECT_TIMEOUT_MS);
      socket.once(socket instanceof tls.TLSSocket ? 'secureConnect' : 'connect', () => clearTimeout(timer));
      socket.once('close', () => clearTimeout(timer));
    });
    req.end(x.body);
  });
}

function headersOf(raw: http.IncomingHttpHeaders): Headers {
  const h = new Headers();
  for (const [name, value] of Object.entries(raw)) {
    if (value === undefined) continue;
    for (const v of Array.isArray(value) ? value : [value]) h.append(name, v);
  }
  return h;
}
