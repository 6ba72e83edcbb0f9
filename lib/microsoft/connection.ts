import 'server-only';
// What a Microsoft client needs: the partner tenant, the app's credentials and the two base URLs.
import { MicrosoftError } from './errors';

export type MicrosoftConnection = {
  partnerTenantId: string;
  clientId: string;
  clientSecret: string;
  loginBaseUrl: string;
  graphBaseUrl: string;
};

export type MicrosoftClientOptions = {
  timeoutMs: number;
  /** Tenants read at the same time (forEachTenant). */
  concurrency: number;
  /** Repeats of a throttled (429/503) or failed read before giving up. */
  maxRetries: number;
  /** A Retry-After longer than this is not waited for: the call fails as throttled. */
  maxRetryAfterMs: number;
  retryBaseMs: number;
  now: () => number;
  sleep: (ms: number) => Promise<void>;
  /** Awaited before every HTTP exchange: the inventory sync's call budget and counter. */
  beforeExchange?: () => Promise<void>;
};

export const DEFAULT_OPTIONS: MicrosoftClientOptions = {
  timeoutMs: 30_000,
  concurrency: 8,
  maxRetries: 3,
  maxRetryAfterMs: 60_000,
  retryBaseMs: 500,
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

const LOOPBACK = /^(localhost|127(\.\d{1,3}){3}|\[::1\])$/i;

/** A base URL without its trailing slash; only https, or http to this machine. */
export function checkedBase(raw: string, operation: string): string {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    throw new MicrosoftError({ operation, kind: 'config', detail: `the base URL '${raw}' is not a URL` });
  }
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && LOOPBACK.test(url.hostname))) {
    throw new MicrosoftError({ operation, kind: 'config', detail: `the base URL '${raw}' must use https (plain http only for this machine)` });
  }
  return url.toString().replace(/\/+$/, '');
}
