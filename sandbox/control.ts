// /_sandbox/*: the control surface for tests and benchmarks. Not part of Ingram's API.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { filterOrders } from './api-orders';
import { applyConfigPatch } from './config';
import { refuseControl } from './control-guard';
import { generateWorld, type GenerateOptions } from './generate';
import { cancellationWindowEndsAt, removableSeats } from './nce';
import { ApiError, readBody, sendJson } from './http';
import type { SandboxState } from './state';
import { isoTime } from './time';
import { quantityOf } from './types';
import { orderDetail } from './views';

type Body = Record<string, unknown>;
type Action = (s: SandboxState, body: Body, url: URL) => unknown;

const ACTIONS: Record<string, Action> = {
  'GET /_sandbox/health': (s) => ({ ok: true, now: isoTime(s.now()) }),
  'POST /_sandbox/reset': (s) => (s.reset(), { ok: true }),
  'GET /_sandbox/clock': (s) => ({ now: new Date(s.now()).toISOString(), offsetSeconds: s.clock.offsetMs / 1000 }),
  'POST /_sandbox/clock': (s, b) => {
    if (typeof b.advanceSeconds === 'number' && Number.isFinite(b.advanceSeconds)) s.clock.offsetMs += b.advanceSeconds * 1000;
    else if (typeof b.set === 'string' && !Number.isNaN(Date.parse(b.set))) s.clock.offsetMs = Date.parse(b.set) - Date.now();
    else throw new ApiError(400, 'Send {"advanceSeconds": n} or {"set": "<ISO time>"}.');
    s.advance();
    return { now: new Date(s.now()).toISOString(), offsetSeconds: s.clock.offsetMs / 1000 };
  },
  'POST /_sandbox/latency': (s, b) => configure(s, { latencyMs: b.ms }),
  'GET /_sandbox/config': (s) => s.config,
  'POST /_sandbox/config': (s, b) => configure(s, b),
  'GET /_sandbox/faults': (s) => ({ faults: s.faults.list() }),
  'POST /_sandbox/faults': (s, b) => {
    const fault = s.faults.add(b);
    if (typeof fault === 'string') throw new ApiError(400, fault);
    return { id: fault.id };
  },
  'DELETE /_sandbox/faults': (s) => (s.faults.clear(), { ok: true }),
  'GET /_sandbox/counters': (s) => ({ total: s.counters.total, byRoute: s.counters.byRoute }),
  'POST /_sandbox/counters/reset': (s) => (s.counters.reset(), { ok: true }),
  'POST /_sandbox/generate': (s, b) => {
    if (typeof b.customers !== 'number') throw new ApiError(400, 'customers (a number) is required.');
    s.world = generateWorld(b as GenerateOptions, s.now());
    return { customers: s.world.customers.length, subscriptions: s.world.subscriptions.length, products: s.world.products.length };
  },
  // Every bearer token issued so far: the app's secret-leak tests search for them.
  'GET /_sandbox/state/tokens': (s) => ({ tokens: s.tokens.issued() }),
  // A price change at Ingram (every variant of an MPN times `factor`): tests of an approval after a price change.
  'POST /_sandbox/state/prices': (s, b) => {
    if (typeof b.mpn !== 'string' || typeof b.factor !== 'number' || !(b.factor > 0)) throw new ApiError(400, 'mpn (a string) and factor (a positive number) are required.');
    const products = s.world.productsByMpn.get(b.mpn.toLowerCase()) ?? [];
    if (products.length === 0) throw new ApiError(404, `No product ${b.mpn}.`);
    for (const p of products) p.price = Math.round(p.price * b.factor * 100) / 100;
    return { mpn: b.mpn, prices: products.map((p) => p.price) };
  },
  // Every order with its poNumber (and its write-only scheduledOn), for tests that must count orders exactly.
  'GET /_sandbox/state/orders': (s, _b, url) => {
    s.advance();
    const poNumber = url.searchParams.get('poNumber');
    const rows = filterOrders(s, url.searchParams).filter((o) => !poNumber || o.poNumber === poNumber);
    return { orders: rows.map((o) => ({ ...orderDetail(o), ...(o.scheduledOn ? { scheduledOn: o.scheduledOn } : {}) })) };
  },
};

function configure(s: SandboxState, patch: Body) {
  const errors = applyConfigPatch(s.config, patch);
  if (errors.length > 0) throw new ApiError(400, errors.join('; '));
  return s.config;
}

// The seat lots behind a subscription, so tests can see what the window allows.
function subscriptionState(s: SandboxState, id: string) {
  const now = s.advance();
  const sub = s.world.subscriptionById.get(id);
  if (!sub) throw new ApiError(404, `Subscription ${id} was not found.`);
  return {
    id: sub.id,
    status: sub.status,
    quantity: quantityOf(sub),
    removableSeats: removableSeats(sub, now),
    cancellationWindowEndsAt: isoTime(cancellationWindowEndsAt(sub)),
    renewalAt: isoTime(sub.renewalAt),
    lots: sub.lots.map((l) => ({ quantity: l.quantity, addedAt: isoTime(l.addedAt) })),
  };
}

// A quantity changed outside the app (another portal, Microsoft directly): the oldest lot absorbs it.
function setSubscriptionQuantity(s: SandboxState, id: string, body: Body) {
  const now = s.advance();
  const sub = s.world.subscriptionById.get(id);
  if (!sub) throw new ApiError(404, `Subscription ${id} was not found.`);
  const quantity = body.quantity;
  if (typeof quantity !== 'number' || !Number.isInteger(quantity) || quantity < 1) throw new ApiError(400, 'quantity (a whole number >= 1) is required.');
  let delta = quantity - quantityOf(sub);
  if (delta > 0) sub.lots[0]!.quantity += delta;
  for (let k = sub.lots.length - 1; delta < 0 && k >= 0; k--) {
    const take = Math.min(sub.lots[k]!.quantity, -delta);
    sub.lots[k]!.quantity -= take;
    delta += take;
  }
  sub.modifiedAt = now;
  return subscriptionState(s, id);
}

export async function handleControl(s: SandboxState, req: IncomingMessage, res: ServerResponse, url: URL, headers: Record<string, string>): Promise<void> {
  const key = `${req.method} ${url.pathname.replace(/\/+$/, '')}`;
  try {
    const refusal = refuseControl(req);
    if (refusal) {
      req.resume();
      throw new ApiError(refusal.status, refusal.message);
    }
    const body = ((await readBody(req)) ?? {}) as Body;
    const sub = /^GET \/_sandbox\/state\/subscriptions\/([^/]+)$/.exec(key);
    const action = ACTIONS[key];
    if (sub) return sendJson(res, 200, subscriptionState(s, decodeURIComponent(sub[1]!)), headers);
    const setSub = /^POST \/_sandbox\/state\/subscriptions\/([^/]+)$/.exec(key);
    if (setSub) return sendJson(res, 200, setSubscriptionQuantity(s, decodeURIComponent(setSub[1]!), body), headers);
    if (!action) throw new ApiError(404, `Unknown control call ${key}. See sandbox/README.md.`);
    sendJson(res, 200, action(s, body, url), headers);
  } catch (err) {
    const status = err instanceof ApiError ? err.status : 500;
    sendJson(res, status, { error: err instanceof Error ? err.message : String(err) }, headers);
  }
}
