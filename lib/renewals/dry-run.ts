import 'server-only';
// A bulk change's dry run: for each selected subscription, the order that would be placed with
// Ingram's estimate, or the refusal the app can predict. Creates nothing (estimates only).
import { and, eq, inArray, isNull, ne, sql } from 'drizzle-orm';
import { getDb } from '@/db';
import { inventoryOrders, inventorySubscriptions as s, tenants } from '@/db/schema';
import type { CurrentUser } from '@/lib/auth/current-user';
import { inScope } from '@/lib/auth/tenant-scope';
import { readApprovalPolicy } from '@/lib/approvals/store';
import { isIngramError, periodCode, type IngramClient } from '@/lib/ingram';
import { estimateSeatChange } from '@/lib/licenses/seat-change';
import { listOpenOrdersForTenant } from '@/lib/orders/queries';
import { mappingForTenant } from '@/lib/tenants/ingram-context';
import type { BulkDryRunInput } from '@/lib/validations/renewals';
import { planBulkRow, type BulkChange } from './predict';
import { scheduledChanges } from './queries';
import type { DryRunRow } from './types';

type Stored = typeof s.$inferSelect & { tenantName: string };

function readSelected(ids: string[], user: CurrentUser): Map<string, Stored> {
  const rows = getDb()
    .select({ row: s, tenantName: sql<string>`coalesce(${tenants.displayName}, ${s.tenantId})` })
    .from(s)
    .leftJoin(tenants, eq(tenants.tenantId, s.tenantId))
    .where(and(inArray(s.id, ids), isNull(s.goneAt)))
    .all();
  // A subscription of a tenant outside the scope is answered as if it were not there.
  return new Map(rows.filter((r) => inScope(user.scope, r.row.tenantId)).map((r) => [r.row.id, { ...r.row, tenantName: r.tenantName }]));
}

/** Subscriptions with an unfinished order that is not waiting for the renewal (Ingram's or the app's). */
function ordersInProgress(rows: Stored[]): Set<string> {
  const ids = rows.map((r) => r.id);
  const busy = new Set<string>();
  if (ids.length === 0) return busy;
  const upstream = getDb()
    .select({ sub: inventoryOrders.subscriptionId })
    .from(inventoryOrders)
    .where(and(inArray(inventoryOrders.subscriptionId, ids), isNull(inventoryOrders.goneAt), eq(inventoryOrders.scheduled, false), ne(inventoryOrders.type, 'sales')))
    .all();
  for (const o of upstream) busy.add(o.sub!);
  for (const tenantId of new Set(rows.map((r) => r.tenantId))) for (const o of listOpenOrdersForTenant(tenantId)) if (o.subscriptionId && o.scheduledOn !== 'renewal') busy.add(o.subscriptionId);
  return busy;
}

async function minimumOf(client: IngramClient, mpn: string, period: string | null): Promise<number> {
  try {
    const variants = (await client.searchCatalog({ mpn })).filter((p) => p.mpn === mpn);
    return variants.find((p) => periodCode(p.subscriptionPeriod) === period)?.minimumQuantity ?? variants[0]?.minimumQuantity ?? 1;
  } catch {
    return 1; // the catalog is advice here: Ingram's estimate and the order itself check again
  }
}

export async function dryRunBulkChange(input: Required<Pick<BulkDryRunInput, 'subscriptionIds'>> & BulkChange, user: CurrentUser, client: IngramClient): Promise<DryRunRow[]> {
  const ids = [...new Set(input.subscriptionIds)];
  const stored = readSelected(ids, user);
  const rows = [...stored.values()];
  const scheduled = scheduledChanges(
    rows.map((r) => r.id),
    new Map(rows.map((r) => [r.id, r.quantity])),
  );
  const busy = ordersInProgress(rows);
  const policy = readApprovalPolicy();
  const minimums = new Map<string, Promise<number>>();
  const out: DryRunRow[] = [];
  for (const id of ids) {
    const r = stored.get(id);
    const base = { subscriptionId: id, tenantId: r?.tenantId ?? null, tenantName: r?.tenantName ?? null, productName: r?.productName ?? null, before: r?.quantity ?? null };
    const mapping = r ? mappingForTenant(r.tenantId) : undefined;
    const needsMinimum = r && input.kind !== 'auto-renew-off';
    if (needsMinimum && !minimums.has(r.mpn)) minimums.set(r.mpn, minimumOf(client, r.mpn, r.subscriptionPeriod));
    const plan = planBulkRow(
      {
        subscription: r
          ? { status: r.status, quantity: r.quantity, autoRenew: r.autoRenew, renewalDate: r.renewalDate, scheduledChange: scheduled.get(id) ?? null, orderInProgress: busy.has(id) }
          : null,
        mapped: !!mapping && mapping.customerId === r?.customerId,
        minimumQuantity: needsMinimum ? await minimums.get(r.mpn)! : 1,
        role: user.role,
        policy,
      },
      input,
    );
    if ('refusal' in plan) {
      out.push({ ...base, after: null, action: null, estimate: null, refusal: plan.refusal });
      continue;
    }
    const priced = input.kind === 'auto-renew-off' ? { estimate: null, refusal: null } : await estimateOf(client, r!, plan.after!);
    out.push({ ...base, after: plan.after, action: priced.refusal ? null : plan.action, ...priced });
  }
  return out;
}

/** Ingram's price of the change, or its refusal in its own words (message, HTTP status, correlation id). */
async function estimateOf(client: IngramClient, r: Stored, after: number): Promise<Pick<DryRunRow, 'estimate' | 'refusal'>> {
  const period = r.billingPeriod === 'P1M' ? 'month' : r.billingPeriod === 'P1Y' ? 'year' : 'term';
  try {
    const e = await estimateSeatChange(client, {
      tenantId: r.tenantId,
      customerId: r.customerId,
      subscriptionId: r.id,
      mpn: r.mpn,
      productName: r.productName,
      before: r.quantity ?? 0,
      after,
      subscriptionPeriod: r.subscriptionPeriod,
      billingPeriod: r.billingPeriod,
      scheduled: true,
    });
    return { estimate: { total: e.total?.amount ?? null, currency: e.total?.currency ?? r.currency, period }, refusal: null };
  } catch (e) {
    if (!isIngramError(e)) throw e;
    const p = e.toPublic();
    const details = [p.status ? `HTTP ${p.status}` : null, p.correlationId ? `correlation id ${p.correlationId}` : null].filter(Boolean).join(', ');
    return { estimate: null, refusal: `Ingram Micro refused the estimate: ${p.message}${details ? ` (${details})` : ''}` };
  }
}
