import 'server-only';
// One poll of an order: refreshed from Ingram while it is followed, then the row as it stands.
import { isIngramError } from '@/lib/ingram';
import { orderById } from './queries';
import { refreshOrder } from './resolution';
import { shouldFollow } from './status';
import type { OrderPollResponse } from './types';

export async function pollOrder(id: number): Promise<OrderPollResponse | undefined> {
  const current = orderById(id);
  if (!current) return undefined;
  if (!shouldFollow(current.status)) return { order: current };
  try {
    return { order: (await refreshOrder(id)) ?? current };
  } catch (e) {
    // Ingram unreachable or refusing right now: the caller keeps the row and tries again later.
    if (!isIngramError(e)) throw e;
    const { operation, message, status, correlationId, retryable } = e.toPublic();
    return { order: orderById(id) ?? current, refreshError: { operation, message, status, correlationId, retryable } };
  }
}
