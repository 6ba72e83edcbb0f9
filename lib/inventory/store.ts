import 'server-only';
// Writes what a sync (or a live load) learned about one tenant: its subscriptions, its open
// orders and today's snapshot, in one transaction with prepared statements. Rows that are no
// longer listed get `goneAt`; nothing is deleted. A row equal to the stored one only gets its
// "seen" times (one statement for all of them): every page view writes, and most rows never change.
import { getSqlite, withoutCommitFsync } from '@/db';
import { recordTenantSuccess } from './sync/tenant-state';
import type { SeatLot } from '@/db/schema';
import type { OrderRow, SubscriptionDetail, SubscriptionRow } from '@/lib/ingram';
import type { OrderFacts } from '@/lib/orders/facts';
import { toStoredDetail, toStoredListFields, type StoredDetail } from './stored-row';
import { readWindowLengths, windowMsOf, type WindowLengths } from '@/lib/licenses/window-lengths';

export type TenantInventoryInput = {
  tenantId: string;
  customerId: string;
  /** Every list row of the customer (the complete list: rows not in it are marked gone). */
  rows: SubscriptionRow[];
  /** The details read this time; rows without one keep their last detail. */
  details: SubscriptionDetail[];
  /** The customer's orders, when they were read this time (their open ones replace the stored ones). */
  orders?: OrderRow[];
  facts?: OrderFacts;
  now: number;
  /** The NCE window lengths, when the caller has read them already. */
  lengths?: WindowLengths;
  /** Records the tenant's success in the same transaction (`runId` undefined: a page's live load). */
  success?: { runId: number | null | undefined; calls: number };
};

export type TenantWriteCounts = { seen: number; changed: number; gone: number };

const OPEN_ORDER = new Set(['submitted', 'processing']);
const EMPTY_FACTS: OrderFacts = { purchasedAt: new Map(), changes: new Map(), open: new Map() };

/** The UTC day of a time: the snapshot key. */
export const dayOf = (ms: number) => new Date(ms).toISOString().slice(0, 10);

function statements() {
  const db = getSqlite();
  return {
    upsertDetail: db.prepare(`INSERT INTO inventory_subscriptions (id, tenant_id, customer_id, product_name, mpn, vendor_subscription_id, quantity, status,
        subscription_period, billing_period, term_months, billing_months, unit_price, unit_cost, total_price, currency, creation_date, renewal_date,
        expiration_date, last_modified_date, auto_renew, lots, window_approximate, window_closes_at, row_hash, first_seen_at, last_seen_at, detail_fetched_at, gone_at)
      VALUES (@id, @tenantId, @customerId, @productName, @mpn, @vendorSubscriptionId, @quantity, @status, @subscriptionPeriod, @billingPeriod, @termMonths,
        @billingMonths, @unitPrice, @unitCost, @totalPrice, @currency, @creationDate, @renewalDate, @expirationDate, @lastModifiedDate, @autoRenew, @lots,
        @windowApproximate, @windowClosesAt, @rowHash, @now, @now, @now, NULL)
      ON CONFLICT(id) DO UPDATE SET tenant_id = excluded.tenant_id, customer_id = excluded.customer_id, product_name = excluded.product_name, mpn = excluded.mpn,
        vendor_subscription_id = excluded.vendor_subscription_id, quantity = excluded.quantity, status = excluded.status,
        subscription_period = excluded.subscription_period, billing_period = excluded.billing_period, term_months = excluded.term_months,
        billing_months = excluded.billing_months, unit_price = excluded.unit_price, unit_cost = excluded.unit_cost, total_price = excluded.total_price,
        currency = excluded.currency, creation_date = excluded.creation_date, renewal_date = excluded.renewal_date, expiration_date = excluded.expiration_date,
        last_modified_date = excluded.last_modified_date, auto_renew = excluded.auto_renew, lots = excluded.lots, window_approximate = excluded.window_approximate,
        window_closes_at = excluded.window_closes_at, row_hash = excluded.row_hash, last_seen_at = excluded.last_seen_at,
        detail_fetched_at = excluded.detail_fetched_at, gone_at = NULL`),
    // A listed row whose detail was not read: the list's own fields, seen now, back if it was gone.
    upsertListed: db.prepare(`INSERT INTO inventory_subscriptions (id, tenant_id, customer_id, product_name, status, subscription_period, billing_period,
        term_months, billing_months, creation_date, renewal_date, expiration_date, last_modified_date, auto_renew, row_hash, first_seen_at, last_seen_at)
      VALUES (@id, @tenantId, @customerId, @productName, @status, @subscriptionPeriod, @billingPeriod, @termMonths, @billingMonths, @creationDate,
        @renewalDate, @expirationDate, @lastModifiedDate, @autoRenew, @rowHash, @now, @now)
      ON CONFLICT(id) DO UPDATE SET status = excluded.status, renewal_date = excluded.renewal_date, expiration_date = excluded.expiration_date,
        last_modified_date = excluded.last_modified_date, auto_renew = excluded.auto_renew, row_hash = excluded.row_hash,
        last_seen_at = excluded.last_seen_at, gone_at = NULL`),
    markGone: db.prepare('UPDATE inventory_subscriptions SET gone_at = ? WHERE tenant_id = ? AND id = ?'),
    upsertOrder: db.prepare(`INSERT INTO inventory_orders (id, tenant_id, customer_id, subscription_id, order_number, type, status, scheduled, scheduled_for,
        quantity_change, creation_date, message, last_seen_at, gone_at)
      VALUES (@id, @tenantId, @customerId, @subscriptionId, @orderNumber, @type, @status, @scheduled, NULL, @quantityChange, @creationDate, @message, @now, NULL)
      ON CONFLICT(id) DO UPDATE SET status = excluded.status, subscription_id = excluded.subscription_id, message = excluded.message,
        scheduled = excluded.scheduled, quantity_change = coalesce(excluded.quantity_change, inventory_orders.quantity_change),
        last_seen_at = excluded.last_seen_at, gone_at = NULL`),
    openOrderIds: db.prepare('SELECT id FROM inventory_orders WHERE tenant_id = ? AND gone_at IS NULL').pluck(),
    markOrderGone: db.prepare('UPDATE inventory_orders SET gone_at = ? WHERE tenant_id = ? AND id = ?'),
    snapshot: db.prepare(`INSERT INTO inventory_snapshots (subscription_id, day, tenant_id, quantity, unit_price, unit_cost, total_price, billing_months, currency, status)
      SELECT id, @day, tenant_id, quantity, unit_price, unit_cost, total_price, billing_months, currency, status
      FROM inventory_subscriptions WHERE tenant_id = @tenantId AND gone_at IS NULL
      ON CONFLICT(subscription_id, day) DO UPDATE SET quantity = excluded.quantity, unit_price = excluded.unit_price, unit_cost = excluded.unit_cost,
        total_price = excluded.total_price, billing_months = excluded.billing_months, currency = excluded.currency, status = excluded.status
      WHERE (inventory_snapshots.quantity, inventory_snapshots.unit_price, inventory_snapshots.unit_cost, inventory_snapshots.total_price,
          inventory_snapshots.billing_months, inventory_snapshots.currency, inventory_snapshots.status)
        IS NOT (excluded.quantity, excluded.unit_price, excluded.unit_cost, excluded.total_price, excluded.billing_months, excluded.currency, excluded.status)`),
    hashes: db.prepare('SELECT id, row_hash AS rowHash, detail_fetched_at AS detailFetchedAt FROM inventory_subscriptions WHERE tenant_id = ?'),
    // What the upserts would write, named as their parameters: an equal row is not written again.
    current: db.prepare(`SELECT id, gone_at AS goneAt, customer_id AS customerId, product_name AS productName, mpn, vendor_subscription_id AS vendorSubscriptionId,
        quantity, status, subscription_period AS subscriptionPeriod, billing_period AS billingPeriod, term_months AS termMonths, billing_months AS billingMonths,
        unit_price AS unitPrice, unit_cost AS unitCost, total_price AS totalPrice, currency, creation_date AS creationDate, renewal_date AS renewalDate,
        expiration_date AS expirationDate, last_modified_date AS lastModifiedDate, auto_renew AS autoRenew, lots, window_approximate AS windowApproximate,
        window_closes_at AS windowClosesAt, row_hash AS rowHash
      FROM inventory_subscriptions WHERE tenant_id = ?`),
    touchDetailed: db.prepare(`UPDATE inventory_subscriptions SET last_seen_at = @now, detail_fetched_at = @now
      WHERE tenant_id = @tenantId AND id IN (SELECT value FROM json_each(@ids))`),
    touchListed: db.prepare(`UPDATE inventory_subscriptions SET last_seen_at = @now WHERE tenant_id = @tenantId AND id IN (SELECT value FROM json_each(@ids))`),
  };
}

type StoredRow = Record<string, unknown> & { id: string; goneAt: number | null; rowHash: string | null };

// The columns each upsert's ON CONFLICT branch sets (besides the seen times and gone_at).
const DETAIL_FIELDS = [
  'customerId',
  'productName',
  'mpn',
  'vendorSubscriptionId',
  'quantity',
  'status',
  'subscriptionPeriod',
  'billingPeriod',
  'termMonths',
  'billingMonths',
  'unitPrice',
  'unitCost',
  'totalPrice',
  'currency',
  'creationDate',
  'renewalDate',
  'expirationDate',
  'lastModifiedDate',
  'autoRenew',
  'lots',
  'windowApproximate',
  'windowClosesAt',
  'rowHash',
] as const;
const LISTED_FIELDS = ['status', 'renewalDate', 'expirationDate', 'lastModifiedDate', 'autoRenew', 'rowHash'] as const;

/** Whether the stored row already holds these values (and is not marked gone). */
function holds(stored: StoredRow | undefined, params: Record<string, unknown>, fields: readonly string[]): boolean {
  return !!stored && stored.goneAt === null && fields.every((f) => stored[f] === params[f]);
}

let cached: { db: unknown; s: ReturnType<typeof statements> } | undefined;
/** Statements prepared once per connection. */
function prepared() {
  const db = getSqlite();
  if (!cached || cached.db !== db) cached = { db, s: statements() };
  return cached.s;
}

/** Writes one tenant's inventory in one transaction; returns what it saw, changed and marked gone. */
export function writeTenantInventory(input: TenantInventoryInput): TenantWriteCounts {
  const s = prepared();
  const facts = input.facts ?? EMPTY_FACTS;
  const base = { tenantId: input.tenantId, customerId: input.customerId, now: input.now };
  const detailed = new Map(input.details.map((d) => [d.id, d]));
  const previous = new Map((s.current.all(input.tenantId) as StoredRow[]).map((r) => [r.id, r]));
  const lengths = input.lengths ?? readWindowLengths();
  const stored: StoredDetail[] = input.details.map((d) => toStoredDetail(d, facts, windowMsOf(lengths, d.product?.mpn)));
  let changed = 0;
  let gone = 0;
  const seenDetailed: string[] = [];
  const seenListed: string[] = [];
  // The inventory is a copy of Ingram's data (a lost write is read again): its commit does not block on a disk flush.
  const sqlite = getSqlite();
  withoutCommitFsync(
    sqlite,
    sqlite.transaction(() => {
      for (const row of stored) {
        if (previous.get(row.id)?.rowHash !== row.rowHash) changed++;
        const params = { ...base, ...row, lots: JSON.stringify(row.lots), autoRenew: row.autoRenew ? 1 : 0, windowApproximate: row.windowApproximate ? 1 : 0 };
        if (holds(previous.get(row.id), params, DETAIL_FIELDS)) seenDetailed.push(row.id);
        else s.upsertDetail.run(params);
      }
      for (const r of input.rows) {
        if (detailed.has(r.id)) continue;
        const fields = toStoredListFields(r);
        if (previous.get(r.id)?.rowHash !== fields.rowHash) changed++;
        const params = { ...base, ...fields, autoRenew: fields.autoRenew ? 1 : 0 };
        if (holds(previous.get(r.id), params, LISTED_FIELDS)) seenListed.push(r.id);
        else s.upsertListed.run(params);
      }
      if (seenDetailed.length) s.touchDetailed.run({ now: input.now, tenantId: input.tenantId, ids: JSON.stringify(seenDetailed) });
      if (seenListed.length) s.touchListed.run({ now: input.now, tenantId: input.tenantId, ids: JSON.stringify(seenListed) });
      const listed = new Set(input.rows.map((r) => r.id));
      for (const [id, row] of previous) {
        if (listed.has(id) || row.goneAt !== null) continue;
        s.markGone.run(input.now, input.tenantId, id);
        gone++;
      }
      if (input.orders) {
        const open = input.orders.filter((o) => OPEN_ORDER.has(o.status ?? ''));
        for (const o of open) {
          // What the order facts read of its detail: the signed change, and whether it waits for the renewal.
          const fact = o.subscriptionId ? input.facts?.open.get(o.subscriptionId) : undefined;
          const mine = fact && fact.row.id === o.id ? fact : undefined;
          s.upsertOrder.run({
            scheduled: mine?.scheduled ? 1 : 0,
            quantityChange: mine?.change ?? null,
            ...base,
            id: o.id,
            subscriptionId: o.subscriptionId ?? null,
            orderNumber: o.orderNumber ?? null,
            type: o.type ?? null,
            status: o.status ?? null,
            creationDate: o.creationDate ?? null,
            message: o.message ?? null,
          });
        }
        const openIds = new Set(open.map((o) => o.id));
        for (const id of s.openOrderIds.all(input.tenantId) as string[]) if (!openIds.has(id)) s.markOrderGone.run(input.now, input.tenantId, id);
      }
      s.snapshot.run({ day: dayOf(input.now), tenantId: input.tenantId });
      if (input.success) recordTenantSuccess({ tenantId: input.tenantId, customerId: input.customerId }, input.success.runId, input.success.calls, new Date(input.now));
    }),
  );
  return { seen: input.rows.length, changed, gone };
}

/** What the inventory knows of a tenant's rows: an incremental sync compares list rows against it. */
export function storedRowStates(tenantId: string): Map<string, { rowHash: string | null; detailFetchedAt: number | null }> {
  const rows = prepared().hashes.all(tenantId) as Array<{ id: string; rowHash: string | null; detailFetchedAt: number | null }>;
  return new Map(rows.map((r) => [r.id, r]));
}

export type { SeatLot };
