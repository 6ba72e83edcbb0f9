import 'server-only';
// The deliveries list: one page, newest first, with the channel's name (never its URL or secret).
import { count, desc, eq } from 'drizzle-orm';
import { getDb } from '@/db';
import { alertChannels, alertDeliveries } from '@/db/schema';
import type { AlertMessage } from './types';

export type DeliveryDTO = {
  id: number;
  channelName: string;
  channelKind: string;
  kind: 'event' | 'digest' | 'test';
  subject: string;
  status: 'pending' | 'sent' | 'failed';
  attempts: number;
  queuedAt: string;
  nextAttemptAt: string | null;
  sentAt: string | null;
  lastStatus: number | null;
  lastError: string | null;
};

export type DeliveriesPage = { rows: DeliveryDTO[]; total: number };

export function listDeliveriesPage({ page, pageSize }: { page: number; pageSize: number }): DeliveriesPage {
  const db = getDb();
  const rows = db
    .select({ d: alertDeliveries, channelName: alertChannels.name, channelKind: alertChannels.kind })
    .from(alertDeliveries)
    .innerJoin(alertChannels, eq(alertChannels.id, alertDeliveries.channelId))
    .orderBy(desc(alertDeliveries.id))
    .limit(pageSize)
    .offset(page * pageSize)
    .all();
  const total = db.select({ n: count() }).from(alertDeliveries).get()?.n ?? 0;
  return {
    total,
    rows: rows.map(({ d, channelName, channelKind }) => ({
      id: d.id,
      channelName,
      channelKind,
      kind: d.kind,
      subject: (d.payload as AlertMessage).subject ?? '',
      status: d.status,
      attempts: d.attempts,
      queuedAt: d.queuedAt.toISOString(),
      nextAttemptAt: d.status === 'pending' ? d.nextAttemptAt.toISOString() : null,
      sentAt: d.sentAt?.toISOString() ?? null,
      lastStatus: d.lastStatus,
      lastError: d.lastError,
    })),
  };
}
