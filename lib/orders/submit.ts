import 'server-only';
// Orders to Ingram: recorded before sending, sent once per request key, unclear answers resolved by poNumber.
import { getDb } from '@/db/index';
import { orders, type OrderRow } from '@/db/schema';
import { fail, type ActionFailure } from '@/lib/actions/result';
import { getIngramClient, isPeriodCode, type IngramClient, type MicrosoftActivation, type PlaceOrderResult } from '@/lib/ingram';
import { ordersInFlight } from './in-flight';
import { FOREIGN_REQUEST_KEY, isOwnedBy } from './owner';
import { newPoNumber } from './po-number';
import { orderByRequestKey } from './queries';
import { recordResult, toOrderDto } from './record';
import type { OrderDto } from './types';

export type SubmitOrderInput = {
  tenantId: string;
  customerId: string;
  type: 'sales' | 'change' | 'cancellation';
  /** The browser's idempotency key: a double-click or resubmission finds the first order. */
  requestKey?: string;
  subscriptionId?: string;
  mpn?: string;
  productName?: string;
  quantity?: number;
  previousQuantity?: number;
  /** Period codes as stored: P1M, P1Y, P3Y. */
  subscriptionPeriod?: string;
  billingPeriod?: string;
  scheduledOn?: 'renewal';
  customerReference?: string;
  /** Sales orders: where Microsoft provisions the subscription. */
  microsoft?: MicrosoftActivation;
  createdBy: string;
};

export class OrderInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'OrderInputError';
  }
}

/**
 * The one duplicate-submit check, run before any planning: the earlier order for this request key,
 * a conflict if the key was used by someone else or for another tenant, or undefined when it is new.
 */
export function earlierSubmission(requestKey: string, who: { tenantId: string; email: string }): { order: OrderDto } | ActionFailure | undefined {
  const earlier = orderByRequestKey(requestKey);
  if (!earlier) return undefined;
  if (!isOwnedBy(earlier, { tenantId: who.tenantId, createdBy: who.email })) return fail('CONFLICT', FOREIGN_REQUEST_KEY);
  return { order: earlier };
}

/** Records the order (state 'sending'), sends it once, and stores what Ingram said. */
export async function submitOrder(input: SubmitOrderInput, client: IngramClient = getIngramClient()): Promise<OrderDto> {
  const db = getDb();
  if (input.requestKey) {
    const existing = orderByRequestKey(input.requestKey);
    if (existing) return ownOrder(existing, input);
  }
  validate(input);
  const poNumber = newPoNumber();
  const { microsoft: _activation, ...recorded } = input;
  let row: OrderRow;
  try {
    row = db
      .insert(orders)
      .values({ ...recorded, poNumber, state: 'sending' })
      .returning()
      .get();
  } catch (e) {
    // Two submits with one key raced: the loser answers with the winner's row.
    const raced = input.requestKey ? orderByRequestKey(input.requestKey) : undefined;
    if (raced) return ownOrder(raced, input);
    throw e;
  }
  ordersInFlight.add(row.id);
  try {
    const result = await send(client, input, poNumber);
    return toOrderDto(recordResult(row.id, result));
  } finally {
    ordersInFlight.delete(row.id);
  }
}

/** The earlier order of this key, only when it is this user's for this tenant. */
function ownOrder(order: OrderDto, input: SubmitOrderInput): OrderDto {
  if (!isOwnedBy(order, input)) throw new OrderInputError(FOREIGN_REQUEST_KEY);
  return order;
}

function send(client: IngramClient, input: SubmitOrderInput, poNumber: string): Promise<PlaceOrderResult> {
  const { customerId, subscriptionId = '', mpn = '', quantity = 0, billingPeriod = '', subscriptionPeriod = '' } = input;
  if (input.type === 'cancellation') return client.placeCancellation({ customerId, subscriptionId, poNumber });
  if (input.type === 'change') {
    return client.placeChangeOrder({ customerId, subscriptionId, mpn, newQuantity: quantity, billingPeriod, subscriptionPeriod, scheduledOn: input.scheduledOn, poNumber });
  }
  return client.placeSalesOrder({ customerId, poNumber, mpn, quantity, billingPeriod, subscriptionPeriod, microsoft: input.microsoft });
}

function validate(input: SubmitOrderInput): void {
  if (input.type !== 'cancellation') {
    if (!input.mpn) throw new OrderInputError('A product (MPN) is required.');
    if (!Number.isInteger(input.quantity) || (input.quantity ?? 0) < 0) throw new OrderInputError('The quantity must be a whole number.');
    for (const code of [input.billingPeriod ?? '', input.subscriptionPeriod ?? '']) {
      if (!isPeriodCode(code)) throw new OrderInputError(`"${code}" is not a period such as P1M, P1Y or P3Y.`);
    }
  }
  if (input.type !== 'sales' && !input.subscriptionId) throw new OrderInputError('A subscription is required.');
}
