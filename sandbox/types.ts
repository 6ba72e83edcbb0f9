// In-memory shapes the sandbox keeps; the wire shapes are built from them in views.ts.
export type Period = { type: 'day' | 'month' | 'year'; duration: number };
export type Param = { name: string; value: unknown };

export type CustomerStatus = 'pending' | 'active' | 'creditHold' | 'adminHold' | 'cancelled' | 'error';
type SubscriptionStatus = 'pending' | 'active' | 'hold' | 'terminated' | 'removed';
export type OrderStatus = 'submitted' | 'processing' | 'error' | 'completed' | 'cancelled';
export type OrderType = 'sales' | 'change' | 'cancellation';

// Never changed once made: its wire form is serialised once (views.ts customerJson).
export interface Customer {
  readonly id: string;
  readonly name: string;
  readonly status: CustomerStatus;
  readonly externalId?: string;
  readonly city: string;
  readonly email: string;
}

export interface Product {
  id: string;
  mpn: string;
  name: string;
  vendor: string;
  minimumQuantity: number;
  maximumQuantity: number;
  price: number; // per seat per billing period
  cost: number;
  billingPeriod: Period;
  subscriptionPeriod: Period;
}

// NCE tracks when each block of seats was added: only recent blocks may be removed.
export interface SeatLot {
  quantity: number;
  addedAt: number;
}

export interface Subscription {
  id: string;
  customerId: string;
  product: Product;
  status: SubscriptionStatus;
  renewalStatus: boolean;
  createdAt: number;
  termStartAt: number; // purchase or last renewal: opens the cancellation window
  renewalAt: number;
  modifiedAt: number;
  lots: SeatLot[];
  unitPrice: number;
  unitCost: number;
  attributes: Record<string, string>;
  orderParameters: Param[];
  fulfillmentParameters: Param[];
  vendorSubscriptionId: string;
  /** Azure reservations and some Ingram plans: the detail lists no product lines. */
  withoutProductLines?: boolean;
}

export interface OrderLine {
  product: Product;
  quantity: number; // sales: seats bought; change: signed change; cancellation: -seats
  subscriptionId?: string;
  parameters?: Param[];
}

export interface Order {
  id: string;
  orderNumber: string;
  type: OrderType;
  customerId: string;
  poNumber?: string;
  status: OrderStatus;
  createdAt: number;
  processingAt: number;
  completeAt: number; // Infinity: waits for something else (renewal)
  provisionedAt?: number;
  subscriptionId?: string;
  lines: OrderLine[];
  newQuantity?: number; // change orders: the new total
  scheduledOn?: 'renewal';
  message?: string;
}

export const quantityOf = (sub: Subscription): number => sub.lots.reduce((n, lot) => n + lot.quantity, 0);
