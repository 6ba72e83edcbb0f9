import 'server-only';
// App-only tokens, one per tenant: asked for once, reused until shortly before they expire.
import { createHash } from 'node:crypto';
import type { MicrosoftClientOptions, MicrosoftConnection } from './connection';
import { checkedBase } from './connection';
import { MicrosoftError } from './errors';
import { exchange, tokenError } from './http';

type Cached = { token: string; expiresAt: number };

/** Tokens by tenant for one app (login host, client id and secret): a changed secret starts afresh. */
export class TokenCache {
  private readonly tokens = new Map<string, Cached>();
  private readonly pending = new Map<string, Promise<Cached>>();

  private key(conn: MicrosoftConnection, tenantId: string): string {
    const secret = createHash('sha256').update(conn.clientSecret).digest('hex').slice(0, 16);
    return `${conn.loginBaseUrl}|${conn.clientId}|${secret}|${tenantId.toLowerCase()}`;
  }

  async get(conn: MicrosoftConnection, tenantId: string, options: MicrosoftClientOptions): Promise<string> {
    const key = this.key(conn, tenantId);
    const held = this.tokens.get(key);
    if (held && held.expiresAt > options.now()) return held.token;
    // Parallel reads of one tenant share one token request.
    let request = this.pending.get(key);
    if (!request) {
      request = requestToken(conn, tenantId, options).finally(() => this.pending.delete(key));
      this.pending.set(key, request);
    }
    const fresh = await request;
    this.tokens.set(key, fresh);
    return fresh.token;
  }

  /** Graph refused the token (401): the next get asks for a new one. */
  drop(conn: MicrosoftConnection, tenantId: string): void {
    this.tokens.delete(this.key(conn, tenantId));
  }

  clear(): void {
    this.tokens.clear();
  }
}

/** Reuse ends this long before expiry: a tenth of the lifetime, at most five minutes. */
const marginMs = (ttlSeconds: number) => Math.min(300_000, ttlSeconds * 100);

export async function requestToken(conn: MicrosoftConnection, tenantId: string, options: MicrosoftClientOptions): Promise<Cached> {
  const operation = `get a token for tenant ${tenantId}`;
  const base = checkedBase(conn.loginBaseUrl, operation);
  const isPartner = tenantId.toLowerCase() === conn.partnerTenantId.toLowerCase();
  await options.beforeExchange?.();
  const started = options.now();
  const answer = await exchange({
    operation,
    tenantId,
    method: 'POST',
    url: `${base}/${encodeURIComponent(tenantId)}/oauth2/v2.0/token`,
    form: { client_id: conn.clientId, client_secret: conn.clientSecret, scope: `${new URL(checkedBase(conn.graphBaseUrl, operation)).origin}/.default`, grant_type: 'client_credentials' },
    timeoutMs: options.timeoutMs,
  });
  if (answer.status !== 200) throw tokenError(operation, tenantId, isPartner, answer);
  const body = (answer.json ?? {}) as { access_token?: unknown; expires_in?: unknown };
  const ttl = Number(body.expires_in);
  if (typeof body.access_token !== 'string' || !body.access_token || !Number.isFinite(ttl) || ttl <= 0) {
    throw new MicrosoftError({ operation, kind: 'malformed', tenantId, status: 200, clientRequestId: answer.clientRequestId, detail: 'the token answer has no access_token or expires_in' });
  }
  return { token: body.access_token, expiresAt: started + ttl * 1000 - marginMs(ttl) };
}
