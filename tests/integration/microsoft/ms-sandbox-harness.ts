// Starts the Microsoft sandbox over real HTTP and gives tests its control surface and a client for it.
import { afterAll, beforeAll, beforeEach } from 'vitest';
import { createMicrosoftClient, type MicrosoftClientOptions, type MicrosoftConnection, TokenCache } from '@/lib/microsoft';
import { startMicrosoftSandbox } from '../../../sandbox/microsoft/server';

export const CONTOSO = '0a96abb3-3b07-4f0e-af48-bcc4893e0e73';
export const FABRIKAM = 'e12e79d5-93ae-448c-a630-579fc3de41c3';
export const NORTHWIND = '30b83152-208f-4c45-afdb-d26be0437d08';
export const TAILSPIN_UNCONSENTED = '204313f3-ad96-406b-ae1c-4eb2eb7cddab';

type Counters = { total: number; byRoute: Record<string, number>; byTenant: Record<string, Record<string, number>> };

export async function openMsSandbox() {
  const sandbox = await startMicrosoftSandbox({ port: 0 });
  async function control<T = unknown>(method: 'GET' | 'POST' | 'DELETE', path: string, body?: unknown): Promise<T> {
    const res = await fetch(`${sandbox.origin}/_sandbox${path}`, {
      method,
      headers: method !== 'GET' ? { 'Content-Type': 'application/json' } : {},
      body: body !== undefined ? JSON.stringify(body) : undefined,
    });
    if (!res.ok) throw new Error(`ms sandbox control ${method} ${path}: HTTP ${res.status} ${await res.text()}`);
    return (await res.json()) as T;
  }
  const connection = (over: Partial<MicrosoftConnection> = {}): MicrosoftConnection => ({
    partnerTenantId: sandbox.credentials.partnerTenantId,
    clientId: sandbox.credentials.clientId,
    clientSecret: sandbox.credentials.clientSecret,
    loginBaseUrl: sandbox.loginBaseUrl,
    graphBaseUrl: sandbox.graphBaseUrl,
    ...over,
  });
  return {
    ...sandbox,
    control,
    connection,
    reset: () => control('POST', '/reset'),
    counters: () => control<Counters>('GET', '/counters'),
    /** Calls of one route ('POST /token', 'GET /users', ...) for one tenant. */
    count: async (route: string, tenantId: string) => (await control<Counters>('GET', '/counters')).byTenant[tenantId]?.[route] ?? 0,
    fault: (f: Record<string, unknown>) => control('POST', '/faults', f),
    setTenant: (tenantId: string, change: Record<string, unknown>) => control('POST', `/tenants/${tenantId}`, change),
    client(opts: { connection?: Partial<MicrosoftConnection>; options?: Partial<MicrosoftClientOptions>; tokens?: TokenCache } = {}) {
      return createMicrosoftClient({ connection: connection(opts.connection), tokens: opts.tokens ?? new TokenCache(), options: { retryBaseMs: 10, ...opts.options } });
    },
  };
}

export type OpenMsSandbox = Awaited<ReturnType<typeof openMsSandbox>>;

/** One Microsoft sandbox for a test file, reset before every test. */
export function withMsSandbox(): OpenMsSandbox {
  const sb = {} as OpenMsSandbox;
  beforeAll(async () => {
    Object.assign(sb, await openMsSandbox());
  });
  afterAll(() => sb.close());
  beforeEach(() => sb.reset());
  return sb;
}
