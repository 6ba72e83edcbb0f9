import 'server-only';
import { createHash } from 'node:crypto';
import { IngramError } from './errors';

/** Everything needed to talk to one Ingram account (decrypted; never logged). */
export type IngramConnection = {
  baseUrl: string;
  username: string;
  password: string;
  subscriptionKey: string;
  marketplace: string;
};

export type ClientOptions = {
  /** Per-call timeout for everything except POST /orders. */
  timeoutMs: number;
  /** POST /orders can take over a minute to answer. */
  orderTimeoutMs: number;
  /** Bound for concurrent page and detail requests. */
  concurrency: number;
  /** Retries of a read after 429/5xx. */
  maxRetries: number;
  /** First backoff step; doubled per attempt, with jitter. */
  retryBaseMs: number;
  /** Longest Retry-After the client is willing to wait before giving up. */
  maxRetryAfterMs: number;
  /** Repeat after a 429 only (the connection test); unset: after 429, 5xx and refused connections. */
  throttledOnly?: boolean;
  now: () => number;
  /** Loopback base URLs whose answers may be shown word for word (the local sandbox); unset: any loopback. */
  trustedLoopback?: string[];
  /** Awaited before every HTTP exchange (each retry too): a background job counts and paces its calls here. */
  beforeExchange?: () => Promise<void> | void;
};

export const DEFAULT_OPTIONS: ClientOptions = {
  timeoutMs: 30_000,
  orderTimeoutMs: 120_000,
  concurrency: 10,
  maxRetries: 3,
  retryBaseMs: 300,
  maxRetryAfterMs: 30_000,
  now: () => Date.now(),
};

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]', '::1']);

/** The base URL without a trailing slash; refuses anything but https, except on loopback. */
export function checkedBaseUrl(baseUrl: string, operation: string): string {
  let url: URL;
  try {
    url = new URL(baseUrl.trim());
  } catch {
    throw new IngramError({ operation, kind: 'config', detail: 'the base URL is not a valid URL' });
  }
  const loopback = LOOPBACK.has(url.hostname) || url.hostname.startsWith('127.');
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && loopback)) {
    throw new IngramError({ operation, kind: 'config', detail: 'the base URL must start with https://' });
  }
  if (url.username || url.password) {
    throw new IngramError({ operation, kind: 'config', detail: 'the base URL must not contain credentials' });
  }
  return url.toString().replace(/\/+$/, '');
}

/** Which account a cached token belongs to: a change of host, user or marketplace drops it. */
export function connectionFingerprint(c: Pick<IngramConnection, 'baseUrl' | 'username' | 'marketplace'>): string {
  return sha256([c.baseUrl.trim().replace(/\/+$/, ''), c.username.trim(), c.marketplace.trim()].join('\n'));
}

/** Key for per-process sharing (single flight, catalog cache): includes the secrets, hashed. */
export function connectionKey(c: IngramConnection): string {
  return sha256([connectionFingerprint(c), c.password, c.subscriptionKey].join('\n'));
}

function sha256(s: string): string {
  return createHash('sha256').update(s).digest('hex');
}
