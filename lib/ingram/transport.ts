import 'server-only';
// Every bearer call: URL, headers, timeout, retries for reads, one token renewal on 401, lenient parsing.
import type { z } from 'zod';
import { checkedBaseUrl, type ClientOptions, type IngramConnection } from './connection';
import { IngramError, isIngramError } from './errors';
import { exchange, httpError, type HttpAnswer, type HttpExchange, type HttpMethod } from './http';
import { correlationIdOf, upstreamMessageOf } from './response-body';
import { sendWithRetries } from './retry';
import type { TokenSource } from './token';

export type QueryValue = string | number | boolean | undefined;

export type CallSpec<S extends z.ZodType> = {
  /** What the user was doing, in words ("list subscriptions"): it names the error. */
  operation: string;
  method: HttpMethod;
  path: string;
  query?: Record<string, QueryValue>;
  body?: unknown;
  schema: S;
  /** Writes are sent once: a repeated POST /orders or PATCH could act twice. */
  write?: boolean;
  timeoutMs?: number;
};

export type Transport = {
  call<S extends z.ZodType>(spec: CallSpec<S>): Promise<z.output<S>>;
  options: ClientOptions;
};

export function createTransport(conn: IngramConnection, tokens: TokenSource, options: ClientOptions): Transport {
  async function send(spec: CallSpec<z.ZodType>, url: string, token: string): Promise<HttpAnswer> {
    const x: HttpExchange = {
      operation: spec.operation,
      method: spec.method,
      url,
      headers: { Authorization: `Bearer ${token}`, 'X-Subscription-Key': conn.subscriptionKey },
      body: spec.body,
      timeoutMs: spec.timeoutMs ?? options.timeoutMs,
    };
    if (!spec.write) return sendWithRetries(x, options);
    await options.beforeExchange?.();
    return exchange(x);
  }

  async function bearer(operation: string, renewing?: string): Promise<string> {
    try {
      return renewing === undefined ? await tokens.bearer() : await tokens.renew(renewing);
    } catch (e) {
      throw isIngramError(e) ? e.during(operation) : e;
    }
  }

  return {
    options,
    async call(spec) {
      const url = buildUrl(checkedBaseUrl(conn.baseUrl, spec.operation), spec.path, spec.query);
      let token = await bearer(spec.operation);
      let answer = await send(spec, url, token);
      if (answer.status === 401) {
        // The token was revoked or expired early: one new token, one repeat.
        token = await bearer(spec.operation, token);
        answer = await send(spec, url, token);
        if (answer.status === 401) throw httpError(spec.operation, answer, 'auth');
      }
      if (answer.status < 200 || answer.status >= 300) throw httpError(spec.operation, answer);
      return parseAnswer(spec, answer);
    },
  };
}

function parseAnswer<S extends z.ZodType>(spec: CallSpec<S>, answer: HttpAnswer): z.output<S> {
  const malformed = (detail: string) =>
    new IngramError({
      operation: spec.operation,
      kind: 'malformed',
      status: answer.status,
      correlationId: correlationIdOf(answer.body, answer.headers),
      detail,
      retryable: !spec.write,
    });
  if (answer.body.kind !== 'json') {
    // A gateway page's title says more than "not JSON"; raw garbage is not repeated to the user.
    const page = answer.body.kind === 'text' && /<html|<!doctype/i.test(answer.body.text) ? upstreamMessageOf(answer.body) : undefined;
    throw malformed(answer.body.kind === 'empty' ? 'the answer was empty' : `the answer was not JSON${page ? ` ("${page}")` : ''}`);
  }
  const parsed = spec.schema.safeParse(answer.body.value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw malformed(`the answer did not have the expected shape (${issue?.path.join('.') || 'body'}: ${issue?.message ?? 'invalid'})`);
  }
  return parsed.data;
}

export function buildUrl(base: string, path: string, query?: Record<string, QueryValue>): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query ?? {})) if (v !== undefined && v !== '') params.set(k, String(v));
  const qs = params.toString();
  return `${base}${path}${qs ? `?${qs}` : ''}`;
}

const SAFE_ID = /^[A-Za-z0-9][A-Za-z0-9_:-]{0,99}$/;

/** A path with its id segment checked and escaped: ids are numeric strings, but never trust that (`..` would climb). */
export function resourcePath(collection: string, id: string, suffix = ''): string {
  if (!SAFE_ID.test(id)) throw new IngramError({ operation: `read ${collection}`, kind: 'config', detail: 'That id is not a valid Ingram id.' });
  return `/${collection}/${encodeURIComponent(id)}${suffix}`;
}
