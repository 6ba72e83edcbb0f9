// A small client over real HTTP: every JSON answer is validated against cmp-1.6.yaml.
import { afterAll, beforeAll, beforeEach, expect } from 'vitest';
import { DEFAULT_CREDENTIALS } from '../../sandbox/config';
import { type RunningSandbox, startSandbox } from '../../sandbox/server';
import { assertValidResponse } from './schema';

export const CREDS = DEFAULT_CREDENTIALS;
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests read answers freely; schema.ts validates their shape
export type Answer = { status: number; headers: Headers; json: any; text: string };
type CallOptions = { body?: unknown; headers?: Record<string, string>; token?: string | null; key?: string | null; signal?: AbortSignal };

// '/subscriptions/3000001?x=1' -> '/subscriptions/{id}', the YAML's path key.
export function routeOf(path: string): string {
  const bare = path.split('?')[0]!;
  return bare.replace(/^\/(customers|subscriptions|orders)\/(?!estimate$)[^/]+$/, '/$1/{id}');
}

export class Api {
  token: string | undefined;
  sbx!: RunningSandbox;
  constructor(sbx?: RunningSandbox) {
    if (sbx) this.sbx = sbx;
  }

  async login(): Promise<string> {
    const res = await this.call('POST', '/token', { token: null, body: { marketplace: CREDS.marketplace }, headers: { Authorization: basic(CREDS.username, CREDS.password) } });
    expect(res.status).toBe(200);
    this.token = res.json.token as string;
    return this.token;
  }

  async call(method: string, path: string, opts: CallOptions = {}): Promise<Answer> {
    const headers: Record<string, string> = { 'Content-Type': 'application/json', ...opts.headers };
    if (opts.key !== null) headers['X-Subscription-Key'] = opts.key ?? CREDS.subscriptionKey;
    const token = opts.token === undefined ? this.token : opts.token;
    if (token && !headers.Authorization) headers.Authorization = `Bearer ${token}`;
    const res = await fetch(this.sbx.baseUrl + path, { method, headers, body: opts.body === undefined ? undefined : JSON.stringify(opts.body), signal: opts.signal });
    const text = await res.text();
    expect(res.headers.get('x-correlation-id'), `${method} ${path} has X-Correlation-ID`).toBeTruthy();
    let json: unknown;
    // HTML pages and deliberately malformed bodies (faults) have no JSON to validate.
    if ((res.headers.get('content-type') ?? '').includes('application/json')) {
      try {
        json = JSON.parse(text);
      } catch {
        return { status: res.status, headers: res.headers, json: undefined, text };
      }
      assertValidResponse(method, routeOf(path), res.status, json);
    }
    return { status: res.status, headers: res.headers, json, text };
  }

  get = (path: string, opts?: CallOptions) => this.call('GET', path, opts);
  post = (path: string, body: unknown, opts?: CallOptions) => this.call('POST', path, { ...opts, body });
  patch = (path: string, body: unknown, opts?: CallOptions) => this.call('PATCH', path, { ...opts, body });

  // The control surface: plain JSON, no auth, not part of Ingram's API.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- control answers differ per call; tests read them freely
  async control(method: string, path: string, body?: unknown): Promise<any> {
    const res = await fetch(`${this.sbx.origin}/_sandbox${path}`, { method, headers: { 'Content-Type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body) });
    const json = await res.json();
    if (!res.ok) throw new Error(`control ${method} ${path}: ${res.status} ${JSON.stringify(json)}`);
    return json;
  }

  advance = (seconds: number) => this.control('POST', '/clock', { advanceSeconds: seconds });
}

export const basic = (user: string, pass: string) => `Basic ${Buffer.from(`${user}:${pass}`).toString('base64')}`;

// One sandbox for a test file: started before its tests, closed after; before each test the demo
// world is reset (unless `reset: false`) and a token fetched (unless `login: false`).
export function withSandbox(each: { reset?: boolean; login?: boolean } = {}): Api {
  const api = new Api();
  beforeAll(async () => {
    api.sbx = await startSandbox({ port: 0 });
    await api.login();
  });
  afterAll(() => api.sbx.close());
  if (each.reset !== false) {
    beforeEach(async () => {
      await api.control('POST', '/reset');
      if (each.login !== false) await api.login();
    });
  }
  return api;
}

// Contoso's seeded subscriptions by product name, read over the API.
export async function contosoSubscriptions(api: Api): Promise<Record<string, { id: string; status: string }>> {
  const res = await api.get('/subscriptions?customerId=1000001&limit=50');
  return Object.fromEntries(res.json.data.map((s: { id: string; name: string; status: string }) => [s.name, s]));
}

export const CONTOSO = '1000001';
export const microsoftParams = (tenantId = '0a96abb3-3b07-4f0e-af48-bcc4893e0e73') => [
  { name: 'microsoft_tenant_id', value: tenantId },
  { name: 'microsoft_customer_agreement', value: 'accepted' },
];
