// /_sandbox/*: the Microsoft sandbox's control surface for tests and benchmarks. Not part of Graph.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { refuseControl } from '../control-guard';
import { ApiError, readBody } from '../http';
import { generateMsWorld, type MsGenerateOptions } from './generate';
import { contractFor, makeUsers } from './seed';
import { guidFrom } from './skus';
import type { MsSandboxState } from './state';
import type { MsTenant } from './types';
import { sendJson } from './wire';

type Body = Record<string, unknown>;
type Action = (s: MsSandboxState, body: Body, id?: string) => unknown;

const text = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() ? v.trim() : undefined);

const ACTIONS: Record<string, Action> = {
  'GET /_sandbox/health': (s) => ({ ok: true, now: new Date(s.now()).toISOString() }),
  'POST /_sandbox/reset': (s) => (s.reset(), { ok: true }),
  'GET /_sandbox/credentials': (s) => s.credentials,
  'GET /_sandbox/config': (s) => s.config,
  'POST /_sandbox/config': (s, b) => configure(s, b),
  'POST /_sandbox/clock': (s, b) => {
    if (typeof b.advanceSeconds !== 'number' || !Number.isFinite(b.advanceSeconds)) throw new ApiError(400, 'Send {"advanceSeconds": n}.');
    s.clockOffsetMs += b.advanceSeconds * 1000;
    return { now: new Date(s.now()).toISOString() };
  },
  'GET /_sandbox/faults': (s) => ({ faults: s.faults.list() }),
  'POST /_sandbox/faults': (s, b) => {
    const fault = s.faults.add(b);
    if (typeof fault === 'string') throw new ApiError(400, fault);
    return { id: fault.id };
  },
  'DELETE /_sandbox/faults': (s) => (s.faults.clear(), { ok: true }),
  'GET /_sandbox/counters': (s) => ({ total: s.counters.total, byRoute: s.counters.byRoute, byTenant: s.counters.byTenant }),
  'POST /_sandbox/counters/reset': (s) => (s.counters.reset(), { ok: true }),
  'POST /_sandbox/generate': (s, b) => {
    if (typeof b.tenants !== 'number') throw new ApiError(400, 'tenants (a number) is required.');
    s.world = generateMsWorld(b as MsGenerateOptions, s.now(), s.credentials.partnerTenantId);
    s.tokens.clear();
    return { tenants: s.world.contracts.length, users: [...s.world.tenants.values()].reduce((n, t) => n + t.users.length, 0) };
  },
  // A new customer tenant (with a contract unless contract: false).
  'POST /_sandbox/tenants': (s, b) => {
    const displayName = text(b.displayName);
    if (!displayName) throw new ApiError(400, 'displayName is required.');
    const tenantId = (text(b.tenantId) ?? guidFrom(`tenant:${displayName}`)).toLowerCase();
    const defaultDomain = text(b.defaultDomain) ?? `${displayName.toLowerCase().replace(/[^a-z0-9]+/g, '')}.onmicrosoft.com`;
    const tenant: MsTenant = { tenantId, displayName, defaultDomain, consented: b.consented !== false, denied: [], subscriptions: [], users: [] };
    if (typeof b.users === 'number') tenant.users = makeUsers(defaultDomain, tenantId, new Map(), Math.max(0, Math.floor(b.users)));
    s.world.tenants.set(tenantId, tenant);
    if (b.contract !== false) s.world.contracts.push(contractFor(tenant));
    return { tenantId, defaultDomain };
  },
  // Changes a tenant: its name (the contract follows), consent, denied routes, contract present or not.
  'POST /_sandbox/tenants/:id': (s, b, id) => {
    const tenant = s.world.tenants.get(id!.toLowerCase());
    if (!tenant) throw new ApiError(404, `No tenant ${id}.`);
    if (text(b.displayName)) tenant.displayName = text(b.displayName)!;
    if (typeof b.consented === 'boolean') tenant.consented = b.consented;
    if (Array.isArray(b.denied)) tenant.denied = b.denied.filter((x): x is string => typeof x === 'string');
    const at = s.world.contracts.findIndex((c) => c.customerId === tenant.tenantId);
    if (b.contract === false && at >= 0) s.world.contracts.splice(at, 1);
    else if (at >= 0) s.world.contracts[at] = contractFor(tenant);
    else if (b.contract === true) s.world.contracts.push(contractFor(tenant));
    return {
      tenantId: tenant.tenantId,
      displayName: tenant.displayName,
      consented: tenant.consented,
      denied: tenant.denied,
      contract: s.world.contracts.some((c) => c.customerId === tenant.tenantId),
    };
  },
  // What the tenant holds, for tests that compare the app's numbers with Microsoft's.
  'GET /_sandbox/tenants/:id': (s, _b, id) => {
    const tenant = s.world.tenants.get(id!.toLowerCase());
    if (!tenant) throw new ApiError(404, `No tenant ${id}.`);
    return { ...tenant, users: tenant.users.length };
  },
};

function configure(s: MsSandboxState, patch: Body) {
  for (const key of ['tokenTtlSeconds', 'latencyMs', 'defaultPageSize'] as const) {
    if (patch[key] === undefined) continue;
    const v = patch[key];
    if (typeof v !== 'number' || !Number.isFinite(v) || v < 0) throw new ApiError(400, `${key} must be a number >= 0`);
    s.config[key] = v;
  }
  if (typeof patch.secretExpired === 'boolean') s.config.secretExpired = patch.secretExpired;
  return s.config;
}

export async function handleMsControl(s: MsSandboxState, req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
  const path = url.pathname.replace(/\/+$/, '');
  const tenant = /^\/_sandbox\/tenants\/([^/]+)$/.exec(path);
  const key = `${req.method} ${tenant ? '/_sandbox/tenants/:id' : path}`;
  try {
    const refusal = refuseControl(req);
    if (refusal) {
      req.resume();
      throw new ApiError(refusal.status, refusal.message);
    }
    const body = ((await readBody(req)) ?? {}) as Body;
    const action = ACTIONS[key];
    if (!action) throw new ApiError(404, `Unknown control call ${key}. See sandbox/microsoft/README.md.`);
    sendJson(res, 200, action(s, body, tenant ? decodeURIComponent(tenant[1]!) : undefined));
  } catch (err) {
    sendJson(res, err instanceof ApiError ? err.status : 500, { error: err instanceof Error ? err.message : String(err) });
  }
}
