// startSandbox(): the local Ingram Micro Marketplace API on plain node:http.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type Credentials, DEFAULT_CONFIG, type SandboxConfig } from './config';
import { handleControl } from './control';
import { errorBody, newCorrelationId, sendJson } from './http';
import { handleApi } from './router';
import { SandboxState } from './state';

type SandboxOptions = {
  port?: number; // 0 = a free port
  host?: string;
  tokenTtlSeconds?: number;
  latencyMs?: number;
  orderSecondsToProcessing?: number;
  orderSecondsToComplete?: number;
  patchUnknownFields?: 'ignore' | 'refuse';
  credentials?: Partial<Credentials>;
};

export type RunningSandbox = { origin: string; baseUrl: string; port: number; close(): Promise<void> };

const API_PREFIX = /^\/marketplace\/([^/]+)(\/.*)?$/;

export async function startSandbox(opts: SandboxOptions = {}): Promise<RunningSandbox> {
  const config: SandboxConfig = { ...DEFAULT_CONFIG };
  for (const key of ['tokenTtlSeconds', 'latencyMs', 'orderSecondsToProcessing', 'orderSecondsToComplete', 'patchUnknownFields'] as const) {
    if (opts[key] !== undefined) (config as Record<string, unknown>)[key] = opts[key];
  }
  const state = new SandboxState(config, opts.credentials);
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://sandbox.local');
    const incoming = req.headers['x-correlation-id'];
    const correlationId = typeof incoming === 'string' && incoming ? incoming : newCorrelationId();
    const headers = { 'X-Correlation-ID': correlationId };
    const api = API_PREFIX.exec(url.pathname);
    const done = (p: Promise<void>) =>
      p.catch((err) => {
        console.error('[sandbox]', err);
        if (!res.headersSent) sendJson(res, 500, errorBody(500, 'Internal error in the sandbox.', url.pathname, correlationId, Date.now()), headers);
      });
    if (url.pathname.startsWith('/_sandbox/')) return void done(handleControl(state, req, res, url, headers));
    // Any region works: /marketplace/na, /marketplace/eu, /marketplace/dev ...
    if (api) return void done(handleApi(state, req, res, url, api[2] || '/', correlationId));
    req.resume();
    sendJson(res, 404, errorBody(404, `No resource at ${url.pathname}; the API lives under /marketplace/{region}.`, url.pathname, correlationId, state.now()), headers);
  });
  server.keepAliveTimeout = 5_000;
  const host = opts.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 4010, host, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  const origin = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
  return {
    origin,
    baseUrl: `${origin}/marketplace/na`,
    port,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((err) => (err ? reject(err) : resolve()));
        server.closeAllConnections(); // delayed answers must not hold the close
      }),
  };
}
