// Direct access to the app's SQLite file (WAL mode, so a second writer is fine): tenants, mappings, the token cache.
import Database from 'better-sqlite3';

export type BenchTenant = { tenantId: string; displayName: string; defaultDomain: string };

export function openAppDb(file: string) {
  const db = new Database(file, { fileMustExist: true });
  db.pragma('busy_timeout = 5000');
  return {
    /** Adds the tenant if missing and maps it to `customerId` (replacing an earlier mapping). */
    mapTenant(t: BenchTenant, customerId: string, customerName: string): void {
      db.transaction(() => {
        db.prepare('INSERT OR IGNORE INTO tenants (tenant_id, display_name, default_domain) VALUES (?, ?, ?)').run(t.tenantId, t.displayName, t.defaultDomain);
        db.prepare('DELETE FROM tenant_mappings WHERE tenant_id = ?').run(t.tenantId);
        db.prepare("INSERT INTO tenant_mappings (tenant_id, customer_id, customer_name, method, created_by) VALUES (?, ?, ?, 'manual', 'bench')").run(t.tenantId, customerId, customerName);
      })();
    },
    /** Forgets the cached Ingram token: the app's next call must ask for a new one. */
    clearToken(): void {
      db.prepare('DELETE FROM ingram_token_cache').run();
    },
    close: () => db.close(),
    /** The connection itself, for scenarios that write their own rows (the inventory). */
    sqlite: db,
  };
}

export type AppDb = ReturnType<typeof openAppDb>;

/** A made-up tenant with a stable GUID-shaped id, for bench worlds. */
export function benchTenant(label: string, index: number): BenchTenant {
  const hex = index.toString(16).padStart(12, '0');
  return { tenantId: `0000be9c-0000-4000-8000-${hex}`, displayName: `Bench ${label} ${index}`, defaultDomain: `bench-${label.toLowerCase()}-${index}.onmicrosoft.com` };
}
