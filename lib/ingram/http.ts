import 'server-only';
// One HTTP exchange with a timeout that covers the body too; no retries, no tokens.
import { UPSTREAM_TIMEOUT, upstreamRequest } from '@/lib/http/upstream';
import { IngramError } from './errors';
import { correlationIdOf, readBody, upstreamMessageOf, type ReadBody } from './response-body';

export type HttpMethod = 'GET' | 'POST' | 'PATCH';

export type HttpExchange = {
  operation: string;
  method: HttpMethod;
  url: string;
  headers: Record<string, string>;
  body?: unknown;
  timeoutMs: number;
};

export type HttpAnswer = { status: number; headers: Headers; body: ReadBody };

// Codes that mean the request never left this machine, so nothing reached Ingram.
const NEVER_CONNECTED = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH', 'UND_ERR_CONNECT_TIMEOUT']);

export function neverConnected(e: IngramError): boolean {
  return e.kind === 'config' || (e.kind === 'unreachable' && !!e.networkCode && NEVER_CONNECTED.has(e.networkCode));
}

export async function exchange(x: HttpExchange): Promise<HttpAnswer> {
  try {
    const res = await upstreamRequest({
      url: x.url,
      method: x.method,
      headers: { Accept: 'application/json', ...x.headers, ...(x.body !== undefined ? { 'Content-Type': 'application/json' } : {}) },
      body: x.body !== undefined ? JSON.stringify(x.body) : undefined,
      timeoutMs: x.timeoutMs,
    });
    return { status: res.status, headers: res.headers, body: readBody(res.text, res.headers.get('content-type')) };
  } catch (e) {
    const code = networkCodeOf(e);
    if (code === UPSTREAM_TIMEOUT) {
      throw new IngramError({ operation: x.operation, kind: 'timeout', detail: `no answer within ${Math.round(x.timeoutMs / 1000)} s` });
    }
    throw new IngramError({
      operation: x.operation,
      kind: 'unreachable',
      networkCode: code,
      detail: `Ingram Micro could not be reached${code ? ` (${code})` : ''}`,
    });
  }
}

/** The error for a non-2xx answer, with the upstream's message and correlation id. */
export function httpError(operation: string, answer: HttpAnswer, kind: 'http' | 'auth' = 'http'): IngramError {
  return new IngramError({
    operation,
    kind,
    status: answer.status,
    upstreamMessage: upstreamMessageOf(answer.body),
    correlationId: correlationIdOf(answer.body, answer.headers),
    detail: kind === 'auth' ? 'Ingram Micro refused the credentials' : undefined,
    bodyFormat: answer.body.kind === 'json' ? 'json' : answer.body.kind === 'text' ? 'text' : undefined,
    retryAfterSeconds: /^\d+$/.test(answer.headers.get('retry-after')?.trim() ?? '') ? Number(answer.headers.get('retry-after')) : undefined,
  });
}

function networkCodeOf(e: unknown): string | undefined {
  let cur: unknown = e;
  for (let depth = 0; cur && depth < 4; depth++) {
    const code = (cur as { code?: unknown }).code;
    if (typeof code === 'string') return code;
    cur = (cur as { cause?: unknown }).cause;
  }
  return undefined;
}
