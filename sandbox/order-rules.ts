// Reads an order body and checks it against the catalog and the NCE rules; changes nothing.
import { ApiError } from './http';
import { cancellationWindowEndsAt, removableSeats } from './nce';
import type { World } from './store';
import { isoTime, periodCode } from './time';
import type { Customer, OrderLine, OrderType, Param, Period, Product, Subscription } from './types';
import { quantityOf } from './types';

export type OrderPlan = {
  type: OrderType;
  customer: Customer;
  poNumber?: string;
  lines: OrderLine[];
  subscription?: Subscription;
  newQuantity?: number;
  scheduledOn?: 'renewal';
};

type Body = Record<string, unknown>;
type LineBody = { mpn?: unknown; id?: unknown; quantity?: unknown; billingPeriod?: unknown; subscriptionPeriod?: unknown; subscriptionId?: unknown; parameters?: unknown };
const AGREEMENT = 'microsoft_customer_agreement';
const refuse = (message: string) => new ApiError(500, message); // business rules answer 500, as Ingram does

// `purpose`: an estimate prices the body only; placing it also needs the customer's attestation.
export function planOrder(world: World, raw: unknown, now: number, purpose: 'estimate' | 'order'): OrderPlan {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) throw new ApiError(400, 'The order body must be a JSON object.');
  const body = raw as Body;
  const type = (body.type ?? 'sales') as OrderType;
  if (type === ('renewal' as OrderType)) {
    throw new ApiError(
      400,
      'Order type \'renewal\' cannot be placed: renewal orders are created by the platform on the renewal date, not by resellers. To change what renews, place a change order with scheduledOn: "renewal", or turn auto-renew off.',
    );
  }
  if (!['sales', 'change', 'cancellation'].includes(type)) throw new ApiError(400, `Order type '${String(type)}' is not supported; use sales, change or cancellation.`);
  if (body.customerId === undefined || body.customerId === '') throw new ApiError(400, 'customerId is required.');
  const customer = world.customerById.get(String(body.customerId));
  if (!customer) throw new ApiError(404, `Customer ${String(body.customerId)} was not found.`);
  if (customer.status !== 'active') throw refuse(`Customer ${customer.name} (${customer.id}) is ${customer.status}: orders can only be placed for active customers.`);
  const poNumber = body.poNumber === undefined ? undefined : String(body.poNumber);
  const products = (Array.isArray(body.products) ? body.products : []) as LineBody[];
  if (type === 'sales') return { type, customer, poNumber, lines: products.map((l) => salesLine(world, l, body, purpose)), ...noEmpty(products) };
  const sub = subscriptionOf(world, body, products[0], customer);
  const inFlight = world.unfinishedOrderFor(sub.id);
  if (inFlight)
    throw refuse(
      `Subscription ${sub.id} already has an unfinished ${inFlight.type} order ${inFlight.orderNumber} (id ${inFlight.id}, ${inFlight.status}); wait until it completes before placing another.`,
    );
  if (type === 'cancellation') return { type, customer, poNumber, subscription: sub, lines: [cancelLine(sub, now)] };
  const scheduledOn = body.scheduledOn === undefined ? undefined : body.scheduledOn;
  if (scheduledOn !== undefined && scheduledOn !== 'renewal') throw new ApiError(400, "scheduledOn may only be 'renewal'.");
  const newQuantity = quantityValue(products[0]?.quantity);
  checkRange(sub.product, newQuantity);
  const current = quantityOf(sub);
  if (newQuantity === current) throw refuse(`Subscription ${sub.id} already has ${current} seats; a change order needs a different total.`);
  if (newQuantity < current && !scheduledOn) {
    const removable = removableSeats(sub, now);
    if (current - newQuantity > removable) {
      throw refuse(
        `Seats can only be removed within 7 days (168 hours) of being added. Subscription ${sub.id} has ${removable} seat(s) added in that window, and going from ${current} to ${newQuantity} removes ${current - newQuantity}. Schedule the decrease for the renewal on ${isoTime(sub.renewalAt)} instead (scheduledOn: "renewal").`,
      );
    }
  }
  const line: OrderLine = { product: sub.product, quantity: newQuantity - current, subscriptionId: sub.id };
  return { type, customer, poNumber, subscription: sub, newQuantity, scheduledOn, lines: [line] };
}

const noEmpty = (products: unknown[]) => {
  if (products.length === 0) throw new ApiError(400, 'A sales order needs at least one product.');
  return {};
};

function subscriptionOf(world: World, body: Body, line: LineBody | undefined, customer: Customer): Subscription {
  const id = body.subscriptionId ?? line?.subscriptionId;
  if (id === undefined || id === '') throw new ApiError(400, 'subscriptionId is required for change and cancellation orders.');
  const sub = world.subscriptionById.get(String(id));
  if (!sub || sub.customerId !== customer.id) throw new ApiError(404, `Subscription ${String(id)} was not found for customer ${customer.id}.`);
  if (sub.status !== 'active') throw refuse(`Subscription ${sub.id} is ${sub.status}; only active subscriptions can be changed or cancelled.`);
  return sub;
}

function cancelLine(sub: Subscription, now: number): OrderLine {
  const endsAt = cancellationWindowEndsAt(sub);
  if (now > endsAt) {
    throw refuse(
      `Subscription ${sub.id} can no longer be cancelled: NCE allows cancellation only within 7 days (168 hours) of purchase or renewal, and that window closed on ${isoTime(endsAt)}. Turn auto-renew off so it ends on ${isoTime(sub.renewalAt)}.`,
    );
  }
  return { product: sub.product, quantity: -quantityOf(sub), subscriptionId: sub.id };
}

function salesLine(world: World, line: LineBody, body: Body, purpose: 'estimate' | 'order'): OrderLine {
  const product = resolveProduct(world, line, body.subscriptionPeriod);
  const quantity = quantityValue(line.quantity);
  checkRange(product, quantity);
  const parameters = Array.isArray(line.parameters) ? (line.parameters as Param[]) : [];
  if (product.vendor === 'Microsoft' && !parameters.some((p) => p?.name === 'microsoft_tenant_id' || p?.name === 'microsoft_domain')) {
    throw new ApiError(400, `Product ${product.mpn} needs the activation parameter microsoft_tenant_id or microsoft_domain.`);
  }
  const attested = parameters.some((p) => p?.name === AGREEMENT && typeof p.value === 'string' && p.value !== '');
  if (purpose === 'order' && product.vendor === 'Microsoft' && !attested) {
    throw new ApiError(
      400,
      `Product ${product.mpn} needs the customer-agreement attestation: the parameter ${AGREEMENT} with the value "accepted", once the customer has accepted the Microsoft Customer Agreement.`,
    );
  }
  return { product, quantity, parameters };
}

function resolveProduct(world: World, line: LineBody, orderTerm: unknown): Product {
  const byId = line.id !== undefined ? world.productById.get(String(line.id)) : undefined;
  const mpn = line.mpn === undefined ? byId?.mpn : String(line.mpn);
  if (!mpn) throw new ApiError(400, 'Each product needs an mpn.');
  const all = byId ? [byId] : (world.productsByMpn.get(mpn.toLowerCase()) ?? []);
  if (all.length === 0) throw refuse(`Product with MPN ${mpn} was not found in the catalog.`);
  const term = readPeriod(line.subscriptionPeriod ?? orderTerm, 'subscriptionPeriod');
  const billing = readPeriod(line.billingPeriod, 'billingPeriod');
  const fits = all.filter((p) => (!term || samePeriod(p.subscriptionPeriod, term)) && (!billing || samePeriod(p.billingPeriod, billing)));
  const offered = all.map((p) => `${periodCode(p.subscriptionPeriod)} billed ${periodCode(p.billingPeriod)}`).join(', ');
  if (fits.length === 0) throw refuse(`MPN ${mpn} is not offered with the requested term and billing period. Offered: ${offered}.`);
  if (fits.length > 1) throw refuse(`MPN ${mpn} is offered with several terms and billing periods (${offered}). Specify subscriptionPeriod and billingPeriod to choose one.`);
  return fits[0]!;
}

function readPeriod(raw: unknown, name: string): Period | undefined {
  if (raw === undefined || raw === null) return undefined;
  const p = raw as { type?: unknown; duration?: unknown };
  const duration = Number(p.duration);
  if (!['day', 'month', 'year'].includes(String(p.type)) || !Number.isInteger(duration) || duration < 1) {
    throw new ApiError(400, `${name} must look like {"type": "month"|"year", "duration": 1}.`);
  }
  return { type: p.type as Period['type'], duration };
}

const samePeriod = (a: Period, b: Period) => a.type === b.type && a.duration === b.duration;

function quantityValue(raw: unknown): number {
  const n = typeof raw === 'string' && raw.trim() !== '' ? Number(raw) : raw;
  if (typeof n !== 'number' || !Number.isInteger(n)) throw new ApiError(400, 'quantity must be a whole number.');
  return n;
}

function checkRange(product: Product, quantity: number): void {
  if (quantity < product.minimumQuantity || quantity > product.maximumQuantity) {
    throw refuse(`Quantity ${quantity} for ${product.name} (${product.mpn}) is outside the allowed range ${product.minimumQuantity} to ${product.maximumQuantity}.`);
  }
}
