import 'server-only';
// Orders to Ingram: recorded before sending, sent once, and unclear answers resolved by poNumber.
import { eq } from 'drizzle-orm';
import { getDb } from '@/db/index';
import { orders, type OrderRow } from '@/db/schema';
import { getIngramClient, type IngramClient, type PlaceOrderResult } from '@/lib/ingram';
import { periodFromCode } from '@/lib/ingram/periods';
import { FOREIGN_REQUEST_KEY, isOwnedBy } from '@/lib/orders/owner';
import { newPoNumber } from './po-number';
import { ordersInFlight } from './orders-in-flight';
import { toOrderDto, type OrderDto } from './order-dto';
import { recordResult } from './order-record';

export type { OrderDto } from './order-dto';

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
  parameters?: Array<{ name: string; value: unknown }>;
  createdBy: string;
};

export class OrderInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'OrderInputError';
  }
}

/** Records the order (state 'sending'), sends it once, and stores what Ingram said. */
export async function submitOrder(input: SubmitOrderInput, client: IngramClient = getIngramClient()): Promise<OrderDto> {
  const db = getDb();
  if (input.requestKey) {
    const existing = db.select().from(orders).where(eq(orders.requestKey, input.requestKey)).get();
    if (existing) return ownOrder(existing, input);
  }
  validate(input);
  const poNumber = newPoNumber();
  let row: OrderRow;
  try {
    row = db
      .insert(orders)
      .values({
        poNumber,
        requestKey: input.requestKey,
        tenantId: input.tenantId,
        customerId: input.customerId,
        type: input.type,
        subscriptionId: input.subscriptionId,
        mpn: input.mpn,
        productName: input.productName,
        quantity: input.quantity,
        previousQuantity: input.previousQuantity,
        subscriptionPeriod: input.subscriptionPeriod,
        billingPeriod: input.billingPeriod,
        scheduledOn: input.scheduledOn,
        customerReference: input.customerReference,
        state: 'sending',
        createdBy: input.createdBy,
      })
      .returning()
      .get();
  } catch (e) {
    // Two submits with one key raced: the loser answers with the winner's row.
    const raced = input.requestKey ? db.select().from(orders).where(eq(orders.requestKey, input.requestKey)).get() : undefined;
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
function ownOrder(row: OrderRow, input: SubmitOrderInput): OrderDto {
  if (!isOwnedBy(row, input)) throw new OrderInputError(FOREIGN_REQUEST_KEY);
  return toOrderDto(row);
}

function send(client: IngramClient, input: SubmitOrderInput, poNumber: string): Promise<PlaceOrderResult> {
  const { customerId, subscriptionId = '', mpn = '', quantity = 0 } = input;
  if (input.type === 'cancellation') return client.placeCancellation({ customerId, subscriptionId, poNumber });
  const billingPeriod = periodFromCode(input.billingPeriod ?? '');
  const subscriptionPeriod = periodFromCode(input.subscriptionPeriod ?? '');
  if (input.type === 'change') {
    return client.placeChangeOrder({ customerId, subscriptionId, mpn, newQuantity: quantity, billingPeriod, subscriptionPeriod, scheduledOn: input.scheduledOn, poNumber });
  }
  return client.placeSalesOrder({ customerId, poNumber, mpn, quantity, billingPeriod, subscriptionPeriod, parameters: input.parameters });
}

function validate(input: SubmitOrderInput): void {
  if (input.type !== 'cancellation') {
    if (!input.mpn) throw new OrderInputError('A product (MPN) is required.');
    if (!Number.isInteger(input.quantity) || (input.quantity ?? 0) < 0) throw new OrderInputError('The quantity must be a whole number.');
    periodFromCode(input.billingPeriod ?? '');
    periodFromCode(input.subscriptionPeriod ?? '');
  }
  if (input.type !== 'sales' && !input.subscriptionId) throw new OrderInputError('A subscription is required.');
}


export { resolveUnclearOrders, refreshOrderStatus, type ResolutionSummary } from './order-resolution';
