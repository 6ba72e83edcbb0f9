import 'server-only';
// Per tenant: the last success, the last error (message, status, correlation id) and the calls made.
import { eq, inArray } from 'drizzle-orm';
import { getDb, getSqlite, preparedOnce } from '@/db';
import { syncTenantState, tenantMappings, tenants } from '@/db/schema';
import { isIngramError } from '@/lib/ingram';

export type SyncTarget = { tenantId: string; customerId: string; displayName: string };

/** Every mapped tenant, in a stable order (a resumed run walks the same list). */
export function mappedTenants(only?: string[]): SyncTarget[] {
  const q = getDb()
    .select({ tenantId: tenantMappings.tenantId, customerId: tenantMappings.customerId, displayName: tenants.displayName })
    .from(tenantMappings)
    .innerJoin(tenants, eq(tenants.tenantId, tenantMappings.tenantId));
  return (only ? q.where(inArray(tenantMappings.tenantId, only)) : q).orderBy(tenantMappings.id).all();
}

/** Tenants a run already handled (a resumed run skips them). */
export function tenantsDoneIn(runId: number): Set<string> {
  return new Set(
    getDb()
      .select({ tenantId: syncTenantState.tenantId })
      .from(syncTenantState)
      .where(eq(syncTenantState.lastRunId, runId))
      .all()
      .map((r) => r.tenantId),
  );
}

// Every live license read records its success: one statement prepared once per connection.
const successRow = preparedOnce(() =>
  getSqlite().prepare(`INSERT INTO sync_tenant_state (tenant_id, customer_id, last_run_id, last_attempt_at, last_success_at, last_calls)
    VALUES (@tenantId, @customerId, @runId, @at, @at, @calls)
    ON CONFLICT(tenant_id) DO UPDATE SET customer_id = excluded.customer_id,
      last_run_id = CASE WHEN @keepRun THEN sync_tenant_state.last_run_id ELSE excluded.last_run_id END,
      last_attempt_at = excluded.last_attempt_at, last_success_at = excluded.last_success_at, last_calls = excluded.last_calls,
      error_message = NULL, error_status = NULL, error_correlation_id = NULL, error_at = NULL`),
);

/** A success; `runId` undefined (a page's live load) leaves the run marker as it was. */
export function recordTenantSuccess(t: { tenantId: string; customerId: string }, runId: number | null | undefined, calls: number, at = new Date()): void {
  successRow().run({ tenantId: t.tenantId, customerId: t.customerId, runId: runId ?? null, keepRun: runId === undefined ? 1 : 0, at: at.getTime(), calls });
}

export type TenantError = { message: string; status: number | null; correlationId: string | null };

export function tenantErrorOf(e: unknown): TenantError {
  if (isIngramError(e)) {
    const p = e.toPublic();
    return { message: p.message, status: p.status ?? null, correlationId: p.correlationId ?? null };
  }
  return { message: e instanceof Error ? e.message : String(e), status: null, correlationId: null };
}

export function recordTenantError(t: { tenantId: string; customerId: string }, runId: number | null, calls: number, error: TenantError, at = new Date()): void {
  const values = {
    customerId: t.customerId,
    lastRunId: runId,
    lastAttemptAt: at,
    lastCalls: calls,
    errorMessage: error.message,
    errorStatus: error.status,
    errorCorrelationId: error.correlationId,
    errorAt: at,
  };
  getDb()
    .insert(syncTenantState)
    .values({ tenantId: t.tenantId, ...values })
    .onConflictDoUpdate({ target: syncTenantState.tenantId, set: values })
    .run();
}
