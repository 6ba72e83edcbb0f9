import 'server-only';
// One poll of an order: re-read it from Ingram while it has not ended, then answer the row.
import { isIngramError } from '@/lib/ingram';
import { refreshOrderStatus } from '@/lib/services/order-placement';
import { shouldPoll } from './phase';
import { getOrderStatus } from './queries';
import type { OrderPollResponse } from './types';

export async function pollOrder(id: number): Promise<OrderPollResponse | undefined> {
  const current = getOrderStatus(id);
  if (!current) return undefined;
  if (!shouldPoll(current.phase)) return { order: current };
  try {
    await refreshOrderStatus(id);
  } catch (e) {
    // Ingram unreachable or refusing right now: the caller keeps the row and tries again later.
    if (!isIngramError(e)) throw e;
    const { operation, message, status, correlationId, retryable } = e.toPublic();
    return { order: getOrderStatus(id) ?? current, refreshError: { operation, message, status, correlationId, retryable } };
  }
  return { order: getOrderStatus(id) ?? current };
}
