import 'server-only';
// Graph reads for one tenant: the tenant's token, one renewal after a 401, Retry-After honoured on
// 429/503 a bounded number of times, and collections followed through @odata.nextLink.
import type { z } from 'zod';
import { checkedBase, type MicrosoftClientOptions, type MicrosoftConnection } from './connection';
import { MicrosoftError } from './errors';
import { type Answer, exchange, graphError } from './http';
import type { TokenCache } from './token';

export type GraphContext = { conn: MicrosoftConnection; options: MicrosoftClientOptions; tokens: TokenCache };

/** Retry-After in ms (seconds or an HTTP date), or undefined. */
export function retryAfterMs(headers: Headers, now: number): number | undefined {
  const raw = headers.get('retry-after')?.trim();
  if (!raw) return undefined;
  if (/^\d+(\.\d+)?$/.test(raw)) return Math.round(Number(raw) * 1000);
  const at = Date.parse(raw);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

const retryable = (status: number) => status === 429 || status === 503 || status === 502 || status === 504;

async function getOnce(ctx: GraphContext, tenantId: string, url: string, operation: string): Promise<Answer> {
  let renewed = false;
  for (let attempt = 0; ; attempt++) {
    const token = await ctx.tokens.get(ctx.conn, tenantId, ctx.options);
    await ctx.options.beforeExchange?.();
    const answer = await exchange({ operation, tenantId, method: 'GET', url, headers: { Authorization: `Bearer ${token}` }, timeoutMs: ctx.options.timeoutMs });
    if (answer.status === 401 && !renewed) {
      // An expired or revoked token: one new token, one repeat.
      renewed = true;
      ctx.tokens.drop(ctx.conn, tenantId);
      attempt--;
      continue;
    }
    if (!retryable(answer.status) || attempt >= ctx.options.maxRetries) return answer;
    const after = retryAfterMs(answer.headers, ctx.options.now());
    if (after !== undefined && after > ctx.options.maxRetryAfterMs) return answer;
    await ctx.options.sleep(after ?? Math.min(10_000, ctx.options.retryBaseMs * 2 ** attempt));
  }
}

/** GET one Graph resource, parsed with its wire schema. */
export async function graphGet<T>(ctx: GraphContext, tenantId: string, url: string, schema: z.ZodType<T>, operation: string): Promise<T> {
  const answer = await getOnce(ctx, tenantId, url, operation);
  if (answer.status < 200 || answer.status >= 300) throw graphError(operation, tenantId, answer);
  const parsed = schema.safeParse(answer.json);
  if (!parsed.success) {
    throw new MicrosoftError({
      operation,
      kind: 'malformed',
      tenantId,
      status: answer.status,
      correlationId: answer.headers.get('request-id') ?? undefined,
      clientRequestId: answer.clientRequestId,
      detail: `the answer could not be read (${parsed.error.issues[0]?.path.join('.') || 'body'}: ${parsed.error.issues[0]?.message ?? 'invalid'})`,
    });
  }
  return parsed.data;
}

type Collection<T> = { value: T[]; '@odata.nextLink'?: string };

/** Every row of a collection: the first page from `path`, the rest through @odata.nextLink as given. */
export async function graphList<T>(ctx: GraphContext, tenantId: string, path: string, schema: z.ZodType<Collection<T>>, operation: string): Promise<T[]> {
  const base = checkedBase(ctx.conn.graphBaseUrl, operation);
  const origin = new URL(base).origin;
  const rows: T[] = [];
  let url: string | undefined = `${base}${path}`;
  for (let pages = 0; url; pages++) {
    if (pages > 10_000) throw new MicrosoftError({ operation, kind: 'malformed', tenantId, detail: 'the collection did not end after 10,000 pages' });
    const page: Collection<T> = await graphGet(ctx, tenantId, url, schema, operation);
    rows.push(...page.value);
    const next: string | undefined = page['@odata.nextLink'];
    // The token goes only to the Graph host it was asked for.
    if (next && new URL(next, base).origin !== origin) {
      throw new MicrosoftError({ operation, kind: 'malformed', tenantId, detail: `the next page link points at another host (${new URL(next, base).origin})` });
    }
    url = next ? new URL(next, base).toString() : undefined;
  }
  return rows;
}
