// startMicrosoftSandbox(): the identity platform's token endpoint and Graph v1.0 on one port.
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Fault } from '../faults';
import { handleMsControl } from './control';
import { answerGraph, GRAPH_ROUTES, type GraphRoute } from './graph';
import { grantToken } from './identity';
import { DEFAULT_MS_CONFIG, type MsConfig, MsSandboxState } from './state';
import type { MsCredentials } from './types';
import { GraphError, graphErrorBody, readText, sendJson, TokenError, tokenErrorBody } from './wire';

type Options = { port?: number; host?: string; config?: Partial<MsConfig>; credentials?: Partial<MsCredentials> };
export type RunningMsSandbox = { origin: string; loginBaseUrl: string; graphBaseUrl: string; port: number; credentials: MsCredentials; close(): Promise<void> };

const TOKEN_PATH = /^\/([^/]+)\/oauth2\/v2\.0\/token$/;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

const FAULT_CODES: Record<number, string> = {
  400: 'BadRequest',
  401: 'InvalidAuthenticationToken',
  403: 'Authorization_RequestDenied',
  404: 'Request_ResourceNotFound',
  429: 'TooManyRequests',
  503: 'ServiceUnavailable',
};

/** Answers a queued fault, or returns false when the call goes on normally. */
async function answerFault(s: MsSandboxState, fault: Fault | undefined, res: ServerResponse, ids: Record<string, string>, token?: string): Promise<boolean> {
  if (!fault) return false;
  if (fault.kind === 'delay') return (await sleep(fault.delayMs ?? 1000), false);
  if (fault.kind === 'revoke-token') return (token && s.tokens.delete(token), false);
  if (fault.kind === 'malformed') return (res.writeHead(200, { 'Content-Type': 'application/json', ...ids }).end('{"value": [ not json'), true);
  if (fault.kind === 'html') return (res.writeHead(fault.status ?? 502, { 'Content-Type': 'text/html', ...ids }).end('<html><body><h1>502 Bad Gateway</h1></body></html>'), true);
  const status = fault.status ?? 500;
  const headers: Record<string, string> = { ...ids, ...(fault.retryAfter !== undefined ? { 'Retry-After': String(fault.retryAfter) } : {}) };
  const err = new GraphError(
    status,
    FAULT_CODES[status] ?? 'generalException',
    fault.message ?? (status === 429 ? 'Too many requests. Please retry after the time given in Retry-After.' : 'The service failed.'),
  );
  sendJson(res, status, graphErrorBody(err, s.now(), ids['request-id']!, ids['client-request-id']!), headers);
  return true;
}

async function handle(s: MsSandboxState, req: IncomingMessage, res: ServerResponse, origin: string): Promise<void> {
  const url = new URL(req.url ?? '/', origin);
  if (url.pathname.startsWith('/_sandbox/')) return handleMsControl(s, req, res, url);
  if (s.config.latencyMs > 0) await sleep(s.config.latencyMs);
  const incoming = req.headers['client-request-id'];
  const ids = { 'request-id': randomUUID(), 'client-request-id': typeof incoming === 'string' && incoming ? incoming : randomUUID() };
  const tokenPath = TOKEN_PATH.exec(url.pathname);
  if (tokenPath && req.method === 'POST') {
    const segment = decodeURIComponent(tokenPath[1]!).toLowerCase();
    s.counters.count('POST /token', segment);
    const body = await readText(req);
    if (await answerFault(s, s.faults.take('POST', '/token', `/tenants/${segment}/token`), res, ids)) return;
    try {
      const { tenantId: _t, ...granted } = grantToken(s, segment, (req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase(), body);
      return sendJson(res, 200, granted, { 'client-request-id': ids['client-request-id'], 'x-ms-request-id': ids['request-id'] });
    } catch (e) {
      if (!(e instanceof TokenError)) throw e;
      return sendJson(res, e.status, tokenErrorBody(e, s.now()), { 'x-ms-request-id': ids['request-id'] });
    }
  }
  req.resume();
  const route = url.pathname.replace(/^\/v1\.0/, '').replace(/\/+$/, '') as GraphRoute;
  if (!url.pathname.startsWith('/v1.0/') || !GRAPH_ROUTES.includes(route) || req.method !== 'GET') {
    const err = new GraphError(400, 'BadRequest', `Resource not found for the segment '${url.pathname.split('/').pop()}'.`);
    return sendJson(res, 400, graphErrorBody(err, s.now(), ids['request-id'], ids['client-request-id']), ids);
  }
  const auth = req.headers.authorization ?? '';
  const token = auth.startsWith('Bearer ') ? auth.slice(7) : '';
  const tenantId = s.tenantOf(token);
  s.counters.count(`GET ${route}`, tenantId);
  try {
    if (!tenantId) throw new GraphError(401, 'InvalidAuthenticationToken', token ? 'Lifetime validation failed, the token is expired.' : 'Access token is empty.');
    if (await answerFault(s, s.faults.take('GET', route, `/tenants/${tenantId}${route}`), res, ids, token)) return;
    if (!s.tenantOf(token)) throw new GraphError(401, 'InvalidAuthenticationToken', 'Access token validation failure.');
    sendJson(res, 200, answerGraph(s, route, tenantId, url, origin), ids);
  } catch (e) {
    if (!(e instanceof GraphError)) throw e;
    const headers = { ...ids, ...(e.retryAfter !== undefined ? { 'Retry-After': String(e.retryAfter) } : {}) };
    sendJson(res, e.status, graphErrorBody(e, s.now(), ids['request-id'], ids['client-request-id']), headers);
  }
}

export async function startMicrosoftSandbox(opts: Options = {}): Promise<RunningMsSandbox> {
  const state = new MsSandboxState({ ...DEFAULT_MS_CONFIG, ...opts.config }, opts.credentials);
  const host = opts.host ?? '127.0.0.1';
  let origin = '';
  const server = createServer((req, res) => {
    handle(state, req, res, origin).catch((err) => {
      console.error('[ms-sandbox]', err);
      if (!res.headersSent) sendJson(res, 500, { error: { code: 'generalException', message: 'Internal error in the sandbox.' } });
    });
  });
  server.keepAliveTimeout = 5_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 4011, host, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  origin = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
  return {
    origin,
    loginBaseUrl: origin,
    graphBaseUrl: `${origin}/v1.0`,
    port,
    credentials: state.credentials,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((err) => (err ? reject(err) : resolve()));
        server.closeAllConnections();
      }),
  };
}
