import 'server-only';
// Domain inputs -> Ingram order bodies. The only place that names microsoft_* parameters or builds `products`.
import { periodFromCode } from './periods';
import type { CancellationOrderRequest, ChangeOrderRequest, OrderParameter, OrderWithdrawal, SalesOrderRequest } from './wire/requests';

/** Where Microsoft provisions a new subscription, and whether the customer agreement was attested. */
export type MicrosoftActivation = { tenantId?: string; domain?: string; agreementAccepted?: boolean };

export type SalesOrderInput = {
  customerId: string;
  poNumber: string;
  mpn: string;
  quantity: number;
  /** Period codes: P1M, P1Y, P3Y. */
  billingPeriod: string;
  subscriptionPeriod: string;
  microsoft?: MicrosoftActivation;
};

export type ChangeOrderInput = {
  customerId: string;
  subscriptionId: string;
  mpn: string;
  /** The new total number of seats, not the difference. */
  newQuantity: number;
  billingPeriod: string;
  subscriptionPeriod: string;
  scheduledOn?: 'renewal';
  poNumber: string;
};

export type CancellationInput = { customerId: string; subscriptionId: string; poNumber: string };

/** An estimate creates nothing, so it carries no real poNumber. */
export type Estimated<T> = Omit<T, 'poNumber'>;
export const ESTIMATE_PO = 'ESTIMATE';

function microsoftParameters(m: MicrosoftActivation | undefined): OrderParameter[] | undefined {
  if (!m) return undefined;
  return [
    ...(m.tenantId ? [{ name: 'microsoft_tenant_id', value: m.tenantId }] : []),
    ...(m.domain ? [{ name: 'microsoft_domain', value: m.domain }] : []),
    ...(m.agreementAccepted ? [{ name: 'microsoft_customer_agreement', value: 'accepted' }] : []),
  ];
}

export function salesBody(input: SalesOrderInput): SalesOrderRequest {
  const billingPeriod = periodFromCode(input.billingPeriod);
  const subscriptionPeriod = periodFromCode(input.subscriptionPeriod);
  return {
    type: 'sales',
    customerId: input.customerId,
    poNumber: input.poNumber,
    subscriptionPeriod,
    products: [{ mpn: input.mpn, quantity: input.quantity, billingPeriod, subscriptionPeriod, parameters: microsoftParameters(input.microsoft) }],
  };
}

/** A quantity change is an order with the new total, never a PATCH. */
export function changeBody(input: ChangeOrderInput): ChangeOrderRequest {
  const { customerId, subscriptionId, poNumber, mpn } = input;
  return {
    type: 'change',
    customerId,
    subscriptionId,
    poNumber,
    ...(input.scheduledOn ? { scheduledOn: input.scheduledOn } : {}),
    products: [{ subscriptionId, mpn, quantity: input.newQuantity, billingPeriod: periodFromCode(input.billingPeriod), subscriptionPeriod: periodFromCode(input.subscriptionPeriod) }],
  };
}

export function cancellationBody(input: CancellationInput): CancellationOrderRequest {
  return { type: 'cancellation', customerId: input.customerId, subscriptionId: input.subscriptionId, poNumber: input.poNumber };
}

/** Withdrawing an order is a PATCH of its status code, not an order. */
export const withdrawalBody = (): OrderWithdrawal => ({ statusCode: 'CL' });
