import 'server-only';
// The delivery worker: claims due deliveries, sends each on its channel, records the outcome.
// Everything lives in the database, so a new worker (after a restart) carries on where one stopped.
import { randomUUID } from 'node:crypto';
import { channelForSending } from './channels';
import { claimDueDeliveries, recordAttempt } from './queue';
import { sendToChannel } from './send';
import type { AlertMessage } from './types';

export type DeliveryWorker = { id: string; runOnce: () => Promise<{ sent: number; retrying: number; failed: number }> };

export function createDeliveryWorker(opts: { now?: () => Date; id?: string } = {}): DeliveryWorker {
  const id = opts.id ?? `worker-${randomUUID()}`;
  const now = opts.now ?? (() => new Date());
  return {
    id,
    async runOnce() {
      const counts = { sent: 0, retrying: 0, failed: 0 };
      for (const row of claimDueDeliveries(id, now())) {
        const channel = channelForSending(row.channelId);
        const outcome = !channel
          ? ({ ok: false, error: 'The channel was deleted.' } as const)
          : !channel.enabled
            ? ({ ok: false, error: 'The channel is switched off.' } as const)
            : await sendToChannel(channel, row.payload as AlertMessage);
        const status = recordAttempt(row, id, outcome, now());
        if (status === 'sent') counts.sent++;
        else if (status === 'failed') counts.failed++;
        else counts.retrying++;
      }
      return counts;
    },
  };
}
