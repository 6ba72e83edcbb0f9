import 'server-only';
// Registers the inventory alert sources and starts the alert jobs with croner: evaluation every five minutes under a database lease (one
// process at a time), and the delivery worker every 15 seconds (each delivery claimed on its own).
import { randomUUID } from 'node:crypto';
import { Cron } from 'croner';
import { evaluateAlerts, type EvaluationSummary } from './evaluate';
import { acquireLease, releaseLease } from './lease';
import { inventoryReader } from './sources/inventory-reader';
import { registerInventoryAlertSources } from './sources/registry';
import { createDeliveryWorker } from './worker';

const EVALUATE_JOB = 'evaluate';
const EVALUATE_LEASE_MS = 10 * 60_000;

/** One evaluation under the lease; null when another process holds it. */
export async function runEvaluation(holder: string, now = new Date()): Promise<EvaluationSummary | null> {
  if (!acquireLease(EVALUATE_JOB, holder, now, EVALUATE_LEASE_MS)) return null;
  let error: string | null = null;
  try {
    const summary = await evaluateAlerts(now);
    error = summary.errors.join('; ') || null;
    return summary;
  } catch (e) {
    error = (e as Error).message;
    throw e;
  } finally {
    releaseLease(EVALUATE_JOB, holder, { lastRunAt: new Date(), lastError: error });
  }
}

export function startAlerts(): void {
  // The inventory's kinds (NCE window, renewals, auto-renew off, sync failed) read the synced tables.
  registerInventoryAlertSources(inventoryReader);
  const holder = globalThis as unknown as { __alertJobs?: Cron[] };
  if (holder.__alertJobs) return;
  const me = `process-${process.pid}-${randomUUID()}`;
  const worker = createDeliveryWorker({ id: me });
  const onError = (job: string) => (error: unknown) => console.warn(`[alerts] ${job} failed: ${(error as Error).message}`);
  holder.__alertJobs = [
    new Cron('0 */5 * * * *', { protect: true, unref: true, catch: onError('evaluation') }, async () => {
      const s = await runEvaluation(me);
      if (s?.newEvents || s?.errors.length) console.log(`[alerts] ${s.newEvents} new events, ${s.queued} queued, ${s.digests} digests${s.errors.length ? `; errors: ${s.errors.join('; ')}` : ''}`);
    }),
    new Cron('*/15 * * * * *', { protect: true, unref: true, catch: onError('delivery') }, async () => {
      const c = await worker.runOnce();
      if (c.sent || c.failed) console.log(`[alerts] delivered ${c.sent}, gave up ${c.failed}, retrying ${c.retrying}`);
    }),
  ];
}
