// Starts the sandbox over real HTTP and gives tests its control surface and a client for it.
import { startSandbox } from '../../../sandbox/server';
import { createIngramClient } from '@/lib/ingram/client';
import type { ClientOptions, IngramConnection } from '@/lib/ingram/connection';
import { createMemoryTokenStore, type TokenStore } from '@/lib/ingram/token';

export const DEMO_CREDENTIALS = {
  username: 'msp-demo.api',
  password: 'Sbx-Pass-7f3a9c2e41d8',
  subscriptionKey: '5d1c0e8a9b2f4c6d8e0a1b3c5d7e9f10',
  marketplace: 'us',
};

export type Fault = {
  method: string;
  path: string;
  kind: 'status' | 'html' | 'delay' | 'malformed' | 'revoke-token' | 'work-then-504' | 'work-then-delay';
  count?: number;
  status?: number;
  message?: string;
  retryAfter?: number;
  delayMs?: number;
};

export async function openSandbox() {
  const sandbox = await startSandbox({ port: 0 });

  async function control<T = unknown>(method: 'GET' | 'POST' | 'DELETE', path: string, body?: unknown): Promise<T> {
    const res = await fetch(`${sandbox.origin}/_sandbox${path}`, {
      method,
      headers: method !== 'GET' ? { 'Content-Type': 'application/json' } : {},
      body: body !== undefined ? JSON.stringify(body) : undefined,
    });
    if (!res.ok) throw new Error(`sandbox control ${method} ${path}: HTTP ${res.status} ${await res.text()}`);
    return (await res.json()) as T;
  }

  const connection = (over: Partial<IngramConnection> = {}): IngramConnection => ({ baseUrl: sandbox.baseUrl, ...DEMO_CREDENTIALS, ...over });

  return {
    ...sandbox,
    control,
    connection,
    reset: () => control('POST', '/reset'),
    fault: (f: Fault) => control('POST', '/faults', f),
    clearFaults: () => control('DELETE', '/faults'),
    async counters(): Promise<{ total: number; byRoute: Record<string, number> }> {
      return control('GET', '/counters');
    },
    count: async (route: string) => ((await control<{ byRoute: Record<string, number> }>('GET', '/counters')).byRoute[route] ?? 0),
    resetCounters: () => control('POST', '/counters/reset'),
    ordersIn: async (customerId: string) =>
      (await control<{ orders: Array<{ id: string; poNumber?: string; type?: string; status?: string }> }>('GET', `/state/orders?customerId=${customerId}`)).orders,
    client(opts: { store?: TokenStore; options?: Partial<ClientOptions>; connection?: Partial<IngramConnection> } = {}) {
      return createIngramClient({
        connection: connection(opts.connection),
        tokenStore: opts.store ?? createMemoryTokenStore(),
        options: { retryBaseMs: 20, ...opts.options },
      });
    },
  };
}

export type OpenSandbox = Awaited<ReturnType<typeof openSandbox>>;
