import 'server-only';
// Bearer tokens: asked for once, cached (encrypted, by the store), reused until a minute before expiry.
import { z } from 'zod';
import { checkedBaseUrl, connectionKey, type ClientOptions, type IngramConnection } from './connection';
import { IngramError } from './errors';
import { httpError } from './http';
import { correlationIdOf } from './response-body';
import { sendWithRetries } from './retry';

export type CachedToken = { token: string; expiresAt: number };

type MaybePromise<T> = T | Promise<T>;

/** Where a token is kept between calls: the database in the app, memory in tests. */
export type TokenStore = {
  get(): MaybePromise<CachedToken | undefined>;
  set(token: CachedToken): MaybePromise<void>;
  clear(): MaybePromise<void>;
};

export function createMemoryTokenStore(): TokenStore {
  let held: CachedToken | undefined;
  return {
    get: () => held,
    set: (t) => void (held = t),
    clear: () => void (held = undefined),
  };
}

/** A token is reused until this long before it expires. */
export const TOKEN_REUSE_MARGIN_MS = 60_000;

const TOKEN_OPERATION = 'get an access token';

const tokenInfoSchema = z.looseObject({
  token: z.string().min(1),
  expiresInSeconds: z
    .union([z.number(), z.string().regex(/^\d+$/)])
    .transform(Number)
    .optional(),
});

/** POST /token with Basic auth and the subscription key. Always a new token. */
export async function requestToken(conn: IngramConnection, options: ClientOptions): Promise<CachedToken> {
  const base = checkedBaseUrl(conn.baseUrl, TOKEN_OPERATION);
  const started = options.now();
  const answer = await sendWithRetries(
    {
      operation: TOKEN_OPERATION,
      method: 'POST',
      url: `${base}/token`,
      headers: {
        Authorization: `Basic ${Buffer.from(`${conn.username}:${conn.password}`).toString('base64')}`,
        'X-Subscription-Key': conn.subscriptionKey,
      },
      body: { marketplace: conn.marketplace },
      timeoutMs: options.timeoutMs,
    },
    options,
  );
  if (answer.status === 401 || answer.status === 403) throw httpError(TOKEN_OPERATION, answer, 'auth');
  if (answer.status < 200 || answer.status >= 300) throw httpError(TOKEN_OPERATION, answer);
  const parsed = answer.body.kind === 'json' ? tokenInfoSchema.safeParse(answer.body.value) : undefined;
  if (!parsed?.success) {
    throw new IngramError({
      operation: TOKEN_OPERATION,
      kind: 'malformed',
      status: answer.status,
      correlationId: correlationIdOf(answer.body, answer.headers),
      detail: 'the token answer has no token',
    });
  }
  // Contract: tokens live 1500 s when the answer does not say.
  const lifetimeMs = (parsed.data.expiresInSeconds ?? 1500) * 1000;
  return { token: parsed.data.token, expiresAt: started + lifetimeMs };
}

// One token request per connection per process, shared by every client instance.
const inFlight = new Map<string, { promise: Promise<CachedToken>; store: TokenStore }>();

export type TokenSource = {
  /** A valid token: the cached one, or a new one shared with concurrent callers. */
  bearer(): Promise<string>;
  /** After a 401: forget `rejected` (unless a newer token already replaced it) and get another. */
  renew(rejected: string): Promise<string>;
};

export function createTokenSource(conn: IngramConnection, store: TokenStore, options: ClientOptions): TokenSource {
  const key = connectionKey(conn);

  async function fresh(): Promise<string> {
    let flight = inFlight.get(key);
    if (!flight) {
      const promise = requestToken(conn, options).then(async (t) => {
        await store.set(t);
        return t;
      });
      flight = { promise, store };
      inFlight.set(key, flight);
      // Settled either way, the next caller with no valid token asks again.
      promise.then(
        () => inFlight.delete(key),
        () => inFlight.delete(key),
      );
    }
    const t = await flight.promise;
    // A client with its own store (tests, a settings preview) keeps the shared token too.
    if (flight.store !== store) await store.set(t);
    return t.token;
  }

  async function usable(): Promise<CachedToken | undefined> {
    const cached = await store.get();
    return cached && cached.expiresAt - options.now() > TOKEN_REUSE_MARGIN_MS ? cached : undefined;
  }

  return {
    async bearer() {
      return (await usable())?.token ?? fresh();
    },
    async renew(rejected) {
      const cached = await store.get();
      if (cached && cached.token !== rejected && cached.expiresAt - options.now() > TOKEN_REUSE_MARGIN_MS) return cached.token;
      if (cached?.token === rejected) await store.clear();
      return fresh();
    },
  };
}
