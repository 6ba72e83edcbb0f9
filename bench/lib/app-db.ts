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
    /** Adds and maps many tenants in one transaction. */
    mapMany(items: Array<{ tenant: BenchTenant; customerId: string; customerName: string }>): void {
      const addTenant = db.prepare('INSERT OR IGNORE INTO tenants (tenant_id, display_name, default_domain) VALUES (?, ?, ?)');
      const unmap = db.prepare('DELETE FROM tenant_mappings WHERE tenant_id = ?');
      const map = db.prepare("INSERT INTO tenant_mappings (tenant_id, customer_id, customer_name, method, created_by) VALUES (?, ?, ?, 'manual', 'bench')");
      db.transaction(() => {
        for (const { tenant: t, customerId, customerName } of items) {
          addTenant.run(t.tenantId, t.displayName, t.defaultDomain);
          unmap.run(t.tenantId);
          map.run(t.tenantId, customerId, customerName);
        }
      })();
    },
    /** No bench mappings, an empty inventory and run history, and the sync's budget and staleness set. */
    resetInventory(callBudgetPerMinute: number, staleAfterSeconds = 60): void {
      db.transaction(() => {
        for (const table of ['inventory_subscriptions', 'inventory_orders', 'inventory_snapshots', 'sync_runs', 'sync_tenant_state', 'job_leases']) db.prepare(`DELETE FROM ${table}`).run();
        db.prepare("DELETE FROM tenant_mappings WHERE created_by = 'bench'").run();
        db.prepare('INSERT OR IGNORE INTO sync_settings (id) VALUES (1)').run();
        db.prepare('UPDATE sync_settings SET call_budget_per_minute = ?, stale_after_seconds = ? WHERE id = 1').run(callBudgetPerMinute, staleAfterSeconds);
      })();
    },
    /** How old the inventory's rows may be before a page revalidates them live. */
    setStaleAfter(seconds: number): void {
      db.prepare('INSERT OR IGNORE INTO sync_settings (id) VALUES (1)').run();
      db.prepare('UPDATE sync_settings SET stale_after_seconds = ? WHERE id = 1').run(seconds);
    },
    /** The inventory knows nothing of this tenant: its page must read Ingram live. */
    forgetTenantInventory(tenantId: string): void {
      db.transaction(() => {
        for (const table of ['inventory_subscriptions', 'inventory_orders', 'sync_tenant_state']) db.prepare(`DELETE FROM ${table} WHERE tenant_id = ?`).run(tenantId);
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
