// What the browser sees of an order the app placed. Safe for the browser.
import type { OrderPhase } from './phase';

export type OrderStatusDto = {
  id: number;
  poNumber: string;
  tenantId: string;
  type: 'sales' | 'change' | 'cancellation';
  subscriptionId: string | null;
  productName: string | null;
  quantity: number | null;
  previousQuantity: number | null;
  scheduledOn: string | null;
  state: 'sending' | 'placed' | 'failed' | 'unknown';
  phase: OrderPhase;
  ingramOrderId: string | null;
  ingramOrderNumber: string | null;
  ingramStatus: string | null;
  createdSubscriptionId: string | null;
  total: string | null;
  currency: string | null;
  errorMessage: string | null;
  errorStatus: number | null;
  correlationId: string | null;
  createdAt: string;
  updatedAt: string | null;
};

/** GET /api/orders/{id}: the row, and why it could not be refreshed from Ingram if it could not. */
export type OrderPollResponse = {
  order: OrderStatusDto;
  refreshError?: { operation: string; message: string; status?: number; correlationId?: string; retryable: boolean };
};
