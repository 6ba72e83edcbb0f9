import 'server-only';
// Runs resolveUnclearOrders at start and then every minute while unclear orders remain.
import { inArray } from 'drizzle-orm';
import { getDb } from '@/db/index';
import { orders } from '@/db/schema';
import { isIngramError } from '@/lib/ingram';
import { resolveUnclearOrders } from './resolution';

const INTERVAL_MS = 60_000;

function unclearCount(): number {
  return getDb()
    .select({ id: orders.id })
    .from(orders)
    .where(inArray(orders.state, ['sending', 'unknown']))
    .all().length;
}

async function runOnce(): Promise<void> {
  if (unclearCount() === 0) return;
  try {
    const summary = await resolveUnclearOrders();
    console.log(`[orders] unclear orders checked: ${summary.checked}, placed ${summary.placed}, failed ${summary.failed}, still unknown ${summary.stillUnknown}`);
  } catch (error) {
    // Integration off or unreachable: try again on the next tick. Never log secrets: only the public message.
    console.warn(`[orders] could not check unclear orders: ${isIngramError(error) ? error.toPublic().message : (error as Error).message}`);
  }
}

export function startOrderResolution(): void {
  const holder = globalThis as unknown as { __orderResolution?: NodeJS.Timeout };
  if (holder.__orderResolution) return;
  void runOnce();
  holder.__orderResolution = setInterval(() => void runOnce(), INTERVAL_MS);
  holder.__orderResolution.unref();
}
