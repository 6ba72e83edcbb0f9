// The API pipeline: count, latency, faults, auth, handler; every answer gets X-Correlation-ID.
import type { IncomingMessage, ServerResponse } from 'node:http';
import * as api from './api';
import * as orders from './api-orders';
import type { Fault } from './faults';
import { ApiError, type Ctx, errorBody, gatewayHtml, readBody, sendHtml, sendJson } from './http';
import type { SandboxState } from './state';

type Handler = (s: SandboxState, ctx: Ctx) => unknown;
const ROUTES: [method: string, pattern: string, handler: Handler | 'token', status?: number][] = [
  ['POST', '/token', 'token'],
  ['GET', '/resellers', api.listResellers],
  ['GET', '/customers', api.listCustomers],
  ['GET', '/customers/{id}', api.getCustomer],
  ['GET', '/products', api.listProducts],
  ['GET', '/subscriptions', api.listSubscriptions],
  ['GET', '/subscriptions/{id}', api.getSubscription],
  ['PATCH', '/subscriptions/{id}', api.patchSubscription],
  ['POST', '/orders/estimate', orders.estimateOrder],
  ['POST', '/orders', orders.createOrder, 201],
  ['GET', '/orders', orders.listOrders],
  ['GET', '/orders/{id}', orders.getOrder],
  ['PATCH', '/orders/{id}', orders.updateOrder],
];

function matchRoute(method: string, path: string) {
  const parts = path.split('/');
  let pathMatched: string | undefined;
  for (const [m, pattern, handler, status] of ROUTES) {
    const want = pattern.split('/');
    if (want.length !== parts.length) continue;
    const params: Record<string, string> = {};
    const ok = want.every((w, i) => (w === '{id}' ? (params.id = decodeURIComponent(parts[i]!)) !== '' : w === parts[i]));
    if (!ok) continue;
    pathMatched = pattern;
    if (m === method) return { pattern, handler, params, status: status ?? 200 };
  }
  return { pattern: pathMatched ?? path, handler: undefined, params: {}, status: pathMatched ? 405 : 404 };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function handleApi(s: SandboxState, req: IncomingMessage, res: ServerResponse, url: URL, subPath: string, correlationId: string): Promise<void> {
  const method = req.method ?? 'GET';
  const route = matchRoute(method, subPath);
  s.counters.count(`${method} ${route.pattern}`);
  const headers = { 'X-Correlation-ID': correlationId };
  const fail = (status: number, message: string, extra: Record<string, string> = {}) =>
    sendJson(res, status, errorBody(status, message, url.pathname, correlationId, s.now()), { ...headers, ...extra });
  if (s.config.latencyMs > 0) await sleep(s.config.latencyMs);
  const fault = s.faults.take(method, route.pattern, subPath);
  if (fault && answerFault(s, fault, req, res, headers, fail)) return;
  if (fault?.kind === 'delay') await sleep(fault.delayMs ?? 0);
  try {
    const body = method === 'POST' || method === 'PATCH' ? await readBody(req) : undefined;
    const now = s.advance();
    if (!route.handler) throw new ApiError(route.status, route.status === 405 ? `${method} is not allowed on ${route.pattern}.` : `No resource at ${url.pathname}.`);
    let result: unknown;
    if (route.handler === 'token') result = s.tokens.issue(req, body, now, s.config.tokenTtlSeconds);
    else {
      s.tokens.check(req, now);
      const ctx: Ctx = { req, res, method, path: url.pathname, route: route.pattern, params: route.params, query: url.searchParams, body, correlationId, now };
      result = route.handler(s, ctx);
    }
    // The work is done; the gateway in front loses the answer.
    if (fault?.kind === 'work-then-504') return sendHtml(res, 504, gatewayHtml(504, 'Gateway Time-out'), headers);
    // The work is done but the answer is late: a caller may die or time out before it arrives.
    if (fault?.kind === 'work-then-delay') await sleep(fault.delayMs ?? 0);
    sendJson(res, route.status, result, headers);
  } catch (err) {
    if (err instanceof ApiError && err.body !== undefined) return sendJson(res, err.status, err.body, headers);
    if (err instanceof ApiError) return fail(err.status, err.message);
    fail(500, 'Internal error in the sandbox.');
    console.error('[sandbox]', err);
  }
}

// Faults that answer instead of the API; returns false for those that let the call go on.
function answerFault(
  s: SandboxState,
  f: Fault,
  req: IncomingMessage,
  res: ServerResponse,
  headers: Record<string, string>,
  fail: (status: number, message: string, extra?: Record<string, string>) => void,
): boolean {
  const extra: Record<string, string> = f.retryAfter !== undefined ? { 'Retry-After': String(f.retryAfter) } : {};
  if (f.kind === 'revoke-token') s.tokens.revoke(req);
  if (f.kind === 'status') {
    req.resume();
    fail(f.status ?? 500, f.message ?? `Injected fault: HTTP ${f.status ?? 500}.`, extra);
    return true;
  }
  if (f.kind === 'html') {
    req.resume();
    const status = f.status ?? 502;
    sendHtml(res, status, gatewayHtml(status, f.message ?? 'Bad Gateway'), { ...headers, ...extra });
    return true;
  }
  if (f.kind === 'malformed') {
    req.resume();
    res.writeHead(200, { 'Content-Type': 'application/json', ...headers, ...extra });
    res.end('{"data": [{"id": "10000'); // cut off mid-value
    return true;
  }
  return false;
}
