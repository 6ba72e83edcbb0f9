import 'server-only';
// The CSP Licenses page starts the live read while it renders: the rows stream with the page
// instead of waiting for hydration and a second request. Failures keep their upstream details.
import { unexpectedFailure } from '@/lib/actions/unexpected';
import type { ActionResult } from '@/lib/actions/result';
import type { CurrentUser } from '@/lib/auth/current-user';
import { withCosts } from '@/lib/inventory/costs';
import type { InventoryLicenses } from '@/lib/inventory/reads';
import { usageNoticeFor, withUsage } from '@/lib/inventory/usage-view';
import { loadTenantLicenses } from './load';
import type { LicensesResponse } from './types';

/** Whether the inventory's rows must be revalidated at once (none, behind an order, or older than the limit). */
export function needsLiveRead(stored: InventoryLicenses | undefined, staleAfterMs: number, now = Date.now()): boolean {
  if (!stored?.asOf) return true;
  return stored.ordersMovedSince || now - Date.parse(stored.asOf) >= staleAfterMs;
}

/** The live rows as the GET route would answer them (costs only for costs.view, usage beside them); never rejects. */
export function startLiveLicenses(input: { tenantId: string; tenantName: string; customerId: string }, user: CurrentUser, canSeeCosts: boolean): Promise<ActionResult<LicensesResponse>> {
  const { tenantId } = input;
  return loadTenantLicenses(input).then(
    (loaded): ActionResult<LicensesResponse> => ({
      ok: true,
      data: { ...loaded, rows: withUsage(tenantId, canSeeCosts ? withCosts(tenantId, loaded.rows) : loaded.rows), usageNotice: usageNoticeFor(tenantId, input.tenantName) },
    }),
    (e: unknown) => unexpectedFailure(e, 'page:/tenant/licenses', { id: user.id, email: user.email, role: user.role }),
  );
}
