// Sources that read the synced license inventory, written against a small reader interface so the
// inventory (issue 16) plugs in with `registerInventoryAlertSources(reader)`. Pure: tested with plain data.
import type { AlertCandidate, AlertSource } from '../types';

const HOUR_MS = 60 * 60_000;
const DAY_MS = 24 * HOUR_MS;
export const DEFAULT_NCE_WINDOW_HOURS = 168;

/** One lot of seats added (purchase, increase or renewal): reducible for the window after `addedAt`. */
export type InventoryLot = { addedAt: Date; seats: number };

export type InventorySubscription = {
  tenantId: string;
  tenantName: string | null;
  subscriptionId: string;
  product: string;
  mpn: string | null;
  /** Term length in months: 1 monthly, 12 annual, 36 three years. */
  termMonths: number;
  renewalDate: Date | null;
  autoRenew: boolean;
  quantity: number;
  lots: InventoryLot[];
  /** The product's NCE window; 168 hours when not given. */
  windowHours?: number;
};

/** A tenant's failed sync, or (tenantId null) a run that failed as a whole. */
export type SyncFailure = { runId: string; tenantId: string | null; tenantName: string | null; failedAt: Date; message: string; status?: number | null; correlationId?: string | null };

export type InventoryReader = { subscriptions: () => InventorySubscription[] | Promise<InventorySubscription[]>; syncFailures: () => SyncFailure[] | Promise<SyncFailure[]> };

const day = (d: Date) => d.toISOString().slice(0, 10);
const base = (s: InventorySubscription) => ({ tenantId: s.tenantId, tenantName: s.tenantName, product: s.product, mpn: s.mpn });
const within = (d: Date | null, now: Date, ms: number): d is Date => !!d && d.getTime() > now.getTime() && d.getTime() <= now.getTime() + ms;

export function inventoryAlertSources(reader: InventoryReader): AlertSource[] {
  return [
    {
      kind: 'nce.window-closing',
      async collect({ hours }, now) {
        const out: AlertCandidate[] = [];
        for (const s of await reader.subscriptions()) {
          for (const lot of s.lots) {
            const deadline = new Date(lot.addedAt.getTime() + (s.windowHours ?? DEFAULT_NCE_WINDOW_HOURS) * HOUR_MS);
            if (lot.seats <= 0 || !within(deadline, now, hours * HOUR_MS)) continue;
            out.push({
              ...base(s),
              key: `nce:${s.subscriptionId}:${lot.addedAt.toISOString()}`,
              occurredAt: now,
              subject: `${lot.seats} seats of ${s.product} can be reduced until ${deadline.toISOString()}`,
              details: { Subscription: s.subscriptionId, 'Seats reducible': lot.seats, Deadline: deadline.toISOString(), 'Seats added': lot.addedAt.toISOString(), Quantity: s.quantity },
            });
          }
        }
        return out;
      },
    },
    {
      kind: 'renewal.upcoming',
      async collect({ days, includeMonthly }, now) {
        const subs = (await reader.subscriptions()).filter((s) => within(s.renewalDate, now, days * DAY_MS) && (includeMonthly || s.termMonths >= 12));
        return subs.map((s) => ({
          ...base(s),
          key: `renewal:${s.subscriptionId}:${day(s.renewalDate!)}`,
          occurredAt: now,
          subject: `${s.product} renews on ${day(s.renewalDate!)}`,
          details: {
            Subscription: s.subscriptionId,
            'Renewal date': day(s.renewalDate!),
            'Last safe moment': `${day(s.renewalDate!)}T00:00:00Z`,
            Quantity: s.quantity,
            'Term (months)': s.termMonths,
            'Auto-renew': s.autoRenew,
          },
        }));
      },
    },
    {
      kind: 'autorenew.off',
      async collect({ days }, now) {
        const subs = (await reader.subscriptions()).filter((s) => !s.autoRenew && within(s.renewalDate, now, days * DAY_MS));
        return subs.map((s) => ({
          ...base(s),
          key: `autorenew-off:${s.subscriptionId}:${day(s.renewalDate!)}`,
          occurredAt: now,
          subject: `${s.product} ends on ${day(s.renewalDate!)}: auto-renew is off`,
          details: { Subscription: s.subscriptionId, 'Ends on': day(s.renewalDate!), Quantity: s.quantity },
        }));
      },
    },
    {
      kind: 'sync.failed',
      async collect() {
        return (await reader.syncFailures()).map((f) => ({
          key: `sync:${f.runId}:${f.tenantId ?? 'run'}`,
          tenantId: f.tenantId,
          tenantName: f.tenantName,
          product: null,
          occurredAt: f.failedAt,
          subject: f.tenantId ? `Sync failed for ${f.tenantName ?? f.tenantId}` : 'The inventory sync failed',
          details: { Error: f.message, 'HTTP status': f.status ?? null, 'Correlation id': f.correlationId ?? null },
        }));
      },
    },
  ];
}
