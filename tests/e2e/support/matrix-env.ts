// What the role-matrix, bad-input and concurrency suites need around the app: write access to
// the e2e database for set-up, "nothing changed" snapshots, audit counts and the sandbox's API.
import Database from 'better-sqlite3';
import { emailOf, type Role } from './auth';
import { databaseFile, readDb, sandbox, sandboxIngram } from './env';

export function writeDb<T>(run: (db: Database.Database) => T): T {
  const db = new Database(databaseFile(), { fileMustExist: true });
  try {
    return run(db);
  } finally {
    db.close();
  }
}

// The log itself, failed sign-ins, session rows and the token cache change on their own, and so do the
// background jobs' bookkeeping and what the scheduled inventory sync reads from Ingram (it may tick
// during any test); everything else is state.
const NOT_STATE = new Set([
  'audit_log',
  'sign_in_failures',
  'auth_sessions',
  'ingram_token_cache',
  '__drizzle_migrations',
  'job_leases',
  'alert_jobs',
  'alert_deliveries',
  'sync_runs',
  'sync_tenant_state',
  'inventory_subscriptions',
  'inventory_orders',
  'inventory_snapshots',
]);

/** Every table's rows (minus logs and caches), as one comparable string per table. */
export function dbSnapshot(): Record<string, string> {
  return readDb((db) => {
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").all() as Array<{ name: string }>;
    return Object.fromEntries(tables.filter((t) => !NOT_STATE.has(t.name)).map((t) => [t.name, JSON.stringify(db.prepare(`SELECT * FROM "${t.name}" ORDER BY rowid`).all())]));
  });
}

/** Calls that change something upstream (every method but GET; token requests excluded). */
export async function sandboxWrites(): Promise<Record<string, number>> {
  const { byRoute } = (await sandbox('/_sandbox/counters')) as { byRoute: Record<string, number> };
  return Object.fromEntries(Object.entries(byRoute).filter(([route]) => !route.startsWith('GET ') && route !== 'POST /token'));
}

/** Refused audit rows for an action, by the role's user (anonymous: no user). */
export function refusedRows(action: string, role: Role | 'anonymous'): number {
  return readDb((db) => {
    const row =
      role === 'anonymous'
        ? db.prepare("SELECT count(*) AS n FROM audit_log WHERE action = ? AND result = 'refused' AND user_email IS NULL").get(action)
        : db.prepare("SELECT count(*) AS n FROM audit_log WHERE action = ? AND result = 'refused' AND user_email = ?").get(action, emailOf(role));
    return (row as { n: number }).n;
  });
}

export const userIdOf = (role: Role) => readDb((db) => (db.prepare('SELECT id FROM users WHERE email = ?').get(emailOf(role)) as { id: string }).id);

/** The sandbox's Ingram API with a fresh token, as an admin looking things up would use it. */
export async function ingramGet<T>(pathname: string): Promise<T> {
  const { base, headers } = await sandboxIngram();
  const res = await fetch(`${base}${pathname}`, { headers });
  if (!res.ok) throw new Error(`sandbox API ${pathname}: ${res.status}`);
  return (await res.json()) as T;
}

export type SandboxSubscription = { id: string; name: string; status: string; customerId: string };

export async function subscriptionsOf(customerId: string): Promise<SandboxSubscription[]> {
  const { data } = await ingramGet<{ data: SandboxSubscription[] }>(`/subscriptions?customerId=${customerId}&limit=100`);
  return data;
}

/** Tenants the matrix suites map for their own use (unused by the other suites), and their customers. */
export const NORTHWIND = { tenantId: '30b83152-208f-4c45-afdb-d26be0437d08', name: 'Northwind Traders', domain: 'northwindtraders.onmicrosoft.com', customerId: '1000003' };
export const CONTOSO = { tenantId: '0a96abb3-3b07-4f0e-af48-bcc4893e0e73', customerId: '1000001' };
export const COHO = { tenantId: '9239ba42-f8f4-4c20-a1ec-e83dbeb4f005', name: 'Coho Winery' };
/** Mapped by the bad-input suite to another customer (Alpine Ski House's), for cross-tenant calls. */
export const OTHER_TENANT = { tenantId: '204313f3-ad96-406b-ae1c-4eb2eb7cddab', name: 'Tailspin Toys', customerId: '1000010' };

/** Maps tenants for a suite and returns the undo, so suites that expect no mappings still find none. */
export function mapTenants(items: Array<{ tenantId: string; customerId: string; name: string }>): () => void {
  const added = writeDb((db) => {
    const insert = db.prepare("INSERT OR IGNORE INTO tenant_mappings (tenant_id, customer_id, customer_name, method, created_by) VALUES (?, ?, ?, 'manual', 'e2e-matrix')");
    return items.filter((t) => insert.run(t.tenantId, t.customerId, t.name).changes === 1).map((t) => t.tenantId);
  });
  return () => writeDb((db) => added.forEach((id) => db.prepare("DELETE FROM tenant_mappings WHERE tenant_id = ? AND created_by = 'e2e-matrix'").run(id)));
}

/** Narrows who may purchase to the built-in editor and above, so the custom role is outside; returns the undo. */
export function narrowPurchaseRoles(): () => void {
  const before = readDb((db) => (db.prepare('SELECT purchase_roles AS r FROM ingram_settings WHERE id = 1').get() as { r: string }).r);
  writeDb((db) => db.prepare('UPDATE ingram_settings SET purchase_roles = \'["admin","superadmin","editor"]\' WHERE id = 1').run());
  return () => writeDb((db) => db.prepare('UPDATE ingram_settings SET purchase_roles = ? WHERE id = 1').run(before));
}

export const readDbRow = <T>(sql: string, ...params: unknown[]): T => readDb((db) => db.prepare(sql).get(...params) as T);
