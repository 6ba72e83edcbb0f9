import 'server-only';
// evaluateAlerts(now): asks each enabled rule's source for candidates, drops excluded tenants and
// products, records each new event once (the unique dedup key), queues immediate deliveries, and
// once a day after the digest hour gathers the digest rules' waiting events into one message per channel.
import { and, eq, inArray, isNull } from 'drizzle-orm';
import { getDb } from '@/db';
import { alertChannels, alertEvents, alertRules } from '@/db/schema';
import { jobRow, markDigestDay } from './lease';
import { enqueueDelivery } from './queue';
import { paramsOf } from './rules';
import { digestHourUtc } from './smtp-settings';
import { alertSourceFor } from './sources/registry';
import type { AlertCandidate, AlertMessage } from './types';

type RuleRow = typeof alertRules.$inferSelect;
type EventRow = typeof alertEvents.$inferSelect;
export type EvaluationSummary = { rules: number; candidates: number; newEvents: number; queued: number; digests: number; errors: string[] };

const DIGEST_JOB = 'digest';

export function isExcluded(rule: Pick<RuleRow, 'excludedTenants' | 'excludedProducts'>, c: AlertCandidate): boolean {
  if (c.tenantId && rule.excludedTenants.includes(c.tenantId)) return true;
  const names = [c.product, c.mpn].filter((n): n is string => !!n).map((n) => n.toLowerCase());
  return rule.excludedProducts.some((p) => names.includes(p.toLowerCase()));
}

export function messageOf(e: EventRow, rule: Pick<RuleRow, 'id' | 'name'> | null): AlertMessage {
  return {
    event: e.kind,
    occurredAt: e.occurredAt.toISOString(),
    subject: e.subject,
    tenant: e.tenantId ? { id: e.tenantId, name: e.tenantName } : null,
    product: e.product,
    details: e.details,
    rule: rule ? { id: rule.id, name: rule.name } : null,
  };
}

/** The rule's channels that still exist and are switched on. */
function liveChannels(ids: number[]): number[] {
  if (!ids.length) return [];
  const rows = getDb()
    .select({ id: alertChannels.id })
    .from(alertChannels)
    .where(and(inArray(alertChannels.id, ids), eq(alertChannels.enabled, true)))
    .all();
  return rows.map((r) => r.id);
}

function recordAndQueue(rule: RuleRow, candidates: AlertCandidate[], now: Date): { newEvents: number; queued: number } {
  const channels = liveChannels(rule.channelIds);
  let newEvents = 0;
  let queued = 0;
  getDb().transaction((tx) => {
    for (const c of candidates) {
      const event = tx
        .insert(alertEvents)
        .values({
          ruleId: rule.id,
          dedupKey: c.key,
          kind: rule.kind,
          tenantId: c.tenantId,
          tenantName: c.tenantName,
          product: c.product,
          subject: c.subject,
          details: c.details,
          occurredAt: c.occurredAt,
          digestedAt: rule.delivery === 'immediate' ? now : null,
        })
        .onConflictDoNothing()
        .returning()
        .get();
      if (!event) continue;
      newEvents++;
      if (rule.delivery !== 'immediate') continue;
      for (const channelId of channels) {
        enqueueDelivery(tx, { channelId, eventId: event.id, kind: 'event', message: messageOf(event, rule), now });
        queued++;
      }
    }
  });
  return { newEvents, queued };
}

/** Once per UTC day, from the digest hour on: one digest per channel of the events waiting for one. */
function queueDigests(now: Date): number {
  const today = now.toISOString().slice(0, 10);
  if (now.getUTCHours() < digestHourUtc() || jobRow(DIGEST_JOB)?.lastDigestDay === today) return 0;
  const db = getDb();
  const waiting = db.select({ event: alertEvents, rule: alertRules }).from(alertEvents).innerJoin(alertRules, eq(alertRules.id, alertEvents.ruleId)).where(isNull(alertEvents.digestedAt)).all();
  const byChannel = new Map<number, AlertMessage[]>();
  for (const { event, rule } of waiting) for (const ch of liveChannels(rule.channelIds)) byChannel.set(ch, [...(byChannel.get(ch) ?? []), messageOf(event, rule)]);
  db.transaction((tx) => {
    for (const [channelId, items] of byChannel) {
      const message: AlertMessage = {
        event: 'digest',
        occurredAt: now.toISOString(),
        subject: `Daily digest for ${today}: ${items.length} events`,
        tenant: null,
        product: null,
        details: { Events: items.length },
        rule: null,
        items,
      };
      enqueueDelivery(tx, { channelId, kind: 'digest', message, now });
    }
    if (waiting.length) {
      tx.update(alertEvents)
        .set({ digestedAt: now })
        .where(
          inArray(
            alertEvents.id,
            waiting.map((w) => w.event.id),
          ),
        )
        .run();
    }
  });
  markDigestDay(DIGEST_JOB, today);
  return byChannel.size;
}

export async function evaluateAlerts(now = new Date()): Promise<EvaluationSummary> {
  const summary: EvaluationSummary = { rules: 0, candidates: 0, newEvents: 0, queued: 0, digests: 0, errors: [] };
  const rules = getDb().select().from(alertRules).where(eq(alertRules.enabled, true)).all();
  for (const rule of rules) {
    const source = alertSourceFor(rule.kind);
    if (!source) continue;
    summary.rules++;
    try {
      // One rule's failing source must not stop the others.
      const candidates = (await source.collect(paramsOf(rule), now)).filter((c) => !isExcluded(rule, c));
      summary.candidates += candidates.length;
      const { newEvents, queued } = recordAndQueue(rule, candidates, now);
      summary.newEvents += newEvents;
      summary.queued += queued;
    } catch (error) {
      summary.errors.push(`${rule.name}: ${(error as Error).message}`);
    }
  }
  summary.digests = queueDigests(now);
  return summary;
}
