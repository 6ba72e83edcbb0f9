// Faults queued by tests: each answers the next N calls that match a method and route.
type FaultKind = 'status' | 'html' | 'delay' | 'malformed' | 'revoke-token' | 'work-then-504' | 'work-then-delay';
const KINDS: FaultKind[] = ['status', 'html', 'delay', 'malformed', 'revoke-token', 'work-then-504', 'work-then-delay'];

export type Fault = {
  id: string;
  method: string; // GET, POST, PATCH or '*'
  path: string; // '/subscriptions/{id}', a concrete path, or '*'
  remaining: number;
  kind: FaultKind;
  status?: number;
  message?: string;
  retryAfter?: number;
  delayMs?: number;
};

export class FaultBook {
  private faults: Fault[] = [];
  private nextId = 1;

  add(raw: Record<string, unknown>): Fault | string {
    const kind = raw.kind as FaultKind;
    if (!KINDS.includes(kind)) return `kind must be one of: ${KINDS.join(', ')}`;
    if (typeof raw.path !== 'string' || raw.path === '') return "path is required: a route such as '/orders' or '*'";
    const count = raw.count === undefined ? 1 : Number(raw.count);
    if (!Number.isInteger(count) || count < 1) return 'count must be a whole number >= 1';
    const num = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);
    const fault: Fault = {
      id: String(this.nextId++),
      method: typeof raw.method === 'string' ? raw.method.toUpperCase() : '*',
      path: raw.path.replace(/\/+$/, '') || '/',
      remaining: count,
      kind,
      status: num(raw.status),
      message: typeof raw.message === 'string' ? raw.message : undefined,
      retryAfter: num(raw.retryAfter),
      delayMs: num(raw.delayMs),
    };
    this.faults.push(fault);
    return fault;
  }

  // Takes one use of the first fault that matches, if any.
  take(method: string, route: string, path: string): Fault | undefined {
    const fault = this.faults.find((f) => (f.method === '*' || f.method === method) && (f.path === '*' || f.path === route || f.path === path));
    if (!fault) return undefined;
    fault.remaining -= 1;
    if (fault.remaining <= 0) this.faults = this.faults.filter((f) => f !== fault);
    return fault;
  }

  list(): Fault[] {
    return this.faults.map((f) => ({ ...f }));
  }

  clear(): void {
    this.faults = [];
  }
}

export class Counters {
  total = 0;
  byRoute: Record<string, number> = {};

  count(key: string): void {
    this.total += 1;
    this.byRoute[key] = (this.byRoute[key] ?? 0) + 1;
  }

  reset(): void {
    this.total = 0;
    this.byRoute = {};
  }
}
