// The one shape of an order the app recorded, as pages, actions and the browser see it. Safe for the browser.
import type { OrderStatus } from './status';

export type OrderDto = {
  id: number;
  poNumber: string;
  tenantId: string;
  customerId: string;
  type: 'sales' | 'change' | 'cancellation';
  subscriptionId: string | null;
  mpn: string | null;
  productName: string | null;
  quantity: number | null;
  previousQuantity: number | null;
  subscriptionPeriod: string | null;
  billingPeriod: string | null;
  scheduledOn: string | null;
  customerReference: string | null;
  /** The app's record: sending, placed, failed or unknown (unclear, being looked up by poNumber). */
  state: 'sending' | 'placed' | 'failed' | 'unknown';
  /** Where the order stands, in the one vocabulary. */
  status: OrderStatus;
  ingramOrderId: string | null;
  ingramOrderNumber: string | null;
  ingramStatus: string | null;
  createdSubscriptionId: string | null;
  total: string | null;
  currency: string | null;
  errorMessage: string | null;
  errorStatus: number | null;
  correlationId: string | null;
  createdBy: string | null;
  createdAt: string;
  updatedAt: string | null;
  /** When an unclear send (timeout, 5xx) was found at Ingram by its poNumber. */
  recoveredAt: string | null;
};

/** GET /api/orders/{id}: the row, and why it could not be refreshed from Ingram if it could not. */
export type OrderPollResponse = {
  order: OrderDto;
  refreshError?: { operation: string; message: string; status?: number; correlationId?: string; retryable: boolean };
};
