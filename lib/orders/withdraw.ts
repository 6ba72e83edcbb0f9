import 'server-only';
// Withdrawing an order Ingram has not processed yet (a change scheduled for renewal): the order is
// re-read live first, only the tenant's own customer's order is touched, and the record follows.
import { fail, type ActionFailure } from '@/lib/actions/result';
import { getIngramClient, isIngramError, type IngramClient, type OrderDetail } from '@/lib/ingram';
import { tenantIngramContext } from '@/lib/tenants/ingram-context';
import { getTenantByTenantId } from '@/lib/tenants/queries';
import { tenantOrderByIngramId } from './queries';
import { applyIngramOrder } from './record';
import { isFinal, normaliseStatus, statusLabel } from './status';
import type { OrderDto } from './types';

export type Withdrawal = {
  tenantId: string;
  orderId: string;
  orderNumber: string | null;
  subscriptionId: string | null;
  before: { status: string };
  after: { status: string };
  /** The app's own record of the order, when the app placed it. */
  local?: OrderDto;
};

/** What the page and the audit need: before and after, or why nothing was sent. */
export async function withdrawScheduledOrder(tenantId: string, orderId: string, client: IngramClient = getIngramClient()): Promise<Withdrawal | ActionFailure> {
  const context = tenantIngramContext(getTenantByTenantId(tenantId));
  if (context.state === 'no-tenant') return fail('NOT_FOUND', 'That tenant does not exist.');
  if (context.state === 'unmapped') return fail('CONFLICT', `${context.tenant.displayName} is not mapped to an Ingram Micro customer.`);
  if (context.state !== 'ready') return fail('DISABLED', 'The Ingram Micro integration is not enabled.');
  const live = await readOwnOrder(client, orderId, context.customerId);
  if (!live) return fail('NOT_FOUND', `${context.tenant.displayName} has no order ${orderId}.`);
  const before = normaliseStatus(live.status);
  // Nothing to withdraw any more: say so without asking Ingram to refuse it.
  if (isFinal(before)) return fail('CONFLICT', `Order ${live.orderNumber ?? orderId} is already ${statusLabel[before].toLowerCase()}: there is nothing to withdraw.`);
  const after = await client.withdrawOrder(orderId);
  const local = tenantOrderByIngramId(context.tenant.tenantId, orderId);
  const row = local ? applyIngramOrder(local, after) : undefined;
  return {
    tenantId: context.tenant.tenantId,
    orderId,
    orderNumber: after.orderNumber ?? live.orderNumber ?? null,
    subscriptionId: after.subscriptionId ?? live.subscriptionId ?? null,
    before: { status: live.status ?? 'unknown' },
    after: { status: after.status ?? 'unknown' },
    ...(local ? { local: { ...local, ingramStatus: row?.ingramStatus ?? after.status ?? null } } : {}),
  };
}

/** The order as Ingram has it now, only if it belongs to the tenant's customer. */
async function readOwnOrder(client: IngramClient, orderId: string, customerId: string): Promise<OrderDetail | undefined> {
  try {
    const order = await client.getOrder(orderId);
    return order.customerId === customerId ? order : undefined;
  } catch (e) {
    if (isIngramError(e) && e.status === 404) return undefined;
    throw e;
  }
}
