// Starts the sandbox over real HTTP and gives tests its control surface and a client for it.
import { afterAll, beforeAll, beforeEach } from 'vitest';
import { getDb } from '@/db/index';
import { ingramSettings, ingramTokenCache } from '@/db/schema';
import { encryptSecret } from '@/lib/crypto';
import { startSandbox } from '../../../sandbox/server';
import { createIngramClient } from '@/lib/ingram/client';
import type { ClientOptions, IngramConnection } from '@/lib/ingram/connection';
import { createMemoryTokenStore, type TokenStore } from '@/lib/ingram/token';
import { emptyTables } from '@/tests/support/db';

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
    count: async (route: string) => (await control<{ byRoute: Record<string, number> }>('GET', '/counters')).byRoute[route] ?? 0,
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

/** One sandbox for a test file: started before its tests (its settings saved when asked), closed after; `each` runs before every test. */
export function withSandbox(opts: { settings?: boolean; each?: (sb: OpenSandbox) => Promise<unknown> } = {}): OpenSandbox {
  const sb = {} as OpenSandbox; // filled in beforeAll, so tests can hold it from the start
  beforeAll(async () => {
    Object.assign(sb, await openSandbox());
    if (opts.settings) saveSandboxSettings(sb);
  });
  afterAll(() => sb.close());
  const { each } = opts;
  if (each) beforeEach(() => each(sb));
  return sb;
}

/** Before each test: no pending faults, counters at zero. */
export async function freshCalls(sb: OpenSandbox): Promise<void> {
  await sb.clearFaults();
  await sb.resetCounters();
}

/** The app's saved Ingram settings pointing at this sandbox with the demo credentials. */
export function saveSandboxSettings(sb: OpenSandbox, over: { enabled?: boolean; marketplace?: string } = {}): void {
  const values = {
    enabled: over.enabled ?? true,
    baseUrl: sb.baseUrl,
    username: DEMO_CREDENTIALS.username,
    passwordEnc: encryptSecret(DEMO_CREDENTIALS.password),
    subscriptionKeyEnc: encryptSecret(DEMO_CREDENTIALS.subscriptionKey),
    marketplace: over.marketplace ?? 'us',
  };
  getDb()
    .insert(ingramSettings)
    .values({ id: 1, ...values })
    .onConflictDoUpdate({ target: ingramSettings.id, set: values })
    .run();
}

/** No saved Ingram settings and no cached token. */
export function clearSavedSettings(): void {
  emptyTables(ingramSettings);
  emptyTables(ingramTokenCache);
}
