// Everything one running Microsoft sandbox holds; reset() returns it to the demo seed.
import { randomBytes } from 'node:crypto';
import { FaultBook } from '../faults';
import { seedMsWorld } from './seed';
import { DEFAULT_MS_CREDENTIALS, type MsCredentials, type MsWorld } from './types';

export type MsConfig = {
  tokenTtlSeconds: number;
  latencyMs: number;
  /** Page size when a request sends no $top. */
  defaultPageSize: number;
  /** true: every token request answers AADSTS7000222 (the client secret has expired). */
  secretExpired: boolean;
};

export const DEFAULT_MS_CONFIG: MsConfig = { tokenTtlSeconds: 3599, latencyMs: 0, defaultPageSize: 100, secretExpired: false };

/** Calls counted by route ('POST /token', 'GET /users', ...) and by tenant. */
export class MsCounters {
  total = 0;
  byRoute: Record<string, number> = {};
  byTenant: Record<string, Record<string, number>> = {};

  count(route: string, tenantId: string | undefined): void {
    this.total += 1;
    this.byRoute[route] = (this.byRoute[route] ?? 0) + 1;
    if (!tenantId) return;
    const t = (this.byTenant[tenantId] ??= {});
    t[route] = (t[route] ?? 0) + 1;
  }

  reset(): void {
    this.total = 0;
    this.byRoute = {};
    this.byTenant = {};
  }
}

type Issued = { tenantId: string; expiresAt: number };

export class MsSandboxState {
  clockOffsetMs = 0;
  readonly faults = new FaultBook();
  readonly counters = new MsCounters();
  readonly tokens = new Map<string, Issued>();
  readonly credentials: MsCredentials;
  config: MsConfig;
  world: MsWorld;

  constructor(
    private readonly startConfig: MsConfig = DEFAULT_MS_CONFIG,
    credentials: Partial<MsCredentials> = {},
  ) {
    this.credentials = { ...DEFAULT_MS_CREDENTIALS, ...credentials };
    this.config = { ...startConfig };
    this.world = seedMsWorld(this.now(), this.credentials.partnerTenantId);
  }

  now(): number {
    return Date.now() + this.clockOffsetMs;
  }

  issueToken(tenantId: string): { token: string; ttl: number } {
    const ttl = this.config.tokenTtlSeconds;
    const payload = Buffer.from(JSON.stringify({ tid: tenantId, appid: this.credentials.clientId, exp: Math.floor(this.now() / 1000) + ttl })).toString('base64url');
    const token = `eyJ0eXAiOiJKV1QiLCJhbGciOiJub25lIn0.${payload}.${randomBytes(18).toString('base64url')}`;
    this.tokens.set(token, { tenantId, expiresAt: this.now() + ttl * 1000 });
    return { token, ttl };
  }

  /** The tenant a bearer token was issued for, or undefined when unknown, revoked or expired. */
  tenantOf(token: string): string | undefined {
    const issued = this.tokens.get(token);
    if (!issued || issued.expiresAt <= this.now()) return undefined;
    return issued.tenantId;
  }

  reset(): void {
    this.clockOffsetMs = 0;
    this.faults.clear();
    this.counters.reset();
    this.tokens.clear();
    this.config = { ...this.startConfig };
    this.world = seedMsWorld(this.now(), this.credentials.partnerTenantId);
  }
}
