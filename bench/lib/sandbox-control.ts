// The sandbox's control surface (/_sandbox/*) and a direct, token-holding way to call its API.
import { DEFAULT_CREDENTIALS } from '../../sandbox/config';

export type Counters = { total: number; byRoute: Record<string, number> };

export function sandboxControl(origin: string) {
  async function call<T>(pathname: string, body?: unknown, method = body === undefined ? 'GET' : 'POST'): Promise<T> {
    const res = await fetch(`${origin}${pathname}`, {
      method,
      headers: { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (!res.ok) throw new Error(`sandbox ${method} ${pathname}: ${res.status} ${(await res.text()).slice(0, 200)}`);
    return (await res.json()) as T;
  }
  return {
    origin,
    baseUrl: `${origin}/marketplace/na`,
    reset: () => call('/_sandbox/reset', {}),
    latency: (ms: number) => call('/_sandbox/latency', { ms }),
    generate: (world: { customers: number; subscriptionsPerCustomer?: number; subscriptions?: number; products?: number; tenantCustomer?: { name: string; subscriptions: number } }) =>
      call<{ customers: number; subscriptions: number; products: number }>('/_sandbox/generate', world),
    counters: () => call<Counters>('/_sandbox/counters'),
    resetCounters: () => call('/_sandbox/counters/reset', {}),
    /** A bearer token straight from the sandbox, for calling its API without the app. */
    async token(): Promise<string> {
      const c = DEFAULT_CREDENTIALS;
      const res = await fetch(`${origin}/marketplace/na/token`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          Authorization: `Basic ${Buffer.from(`${c.username}:${c.password}`).toString('base64')}`,
          'X-Subscription-Key': c.subscriptionKey,
        },
        body: JSON.stringify({ marketplace: c.marketplace }),
      });
      if (!res.ok) throw new Error(`sandbox token: ${res.status}`);
      return ((await res.json()) as { token: string }).token;
    },
  };
}

export type SandboxControl = ReturnType<typeof sandboxControl>;

/** Sum of the counters whose route matches, e.g. calls(c, 'GET /subscriptions/{id}'). */
export const calls = (c: Counters, route: string) => c.byRoute[route] ?? 0;
