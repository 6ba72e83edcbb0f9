// The world in memory, indexed so that every list is an index lookup plus a page slice.
import type { Customer, Order, Product, Subscription } from './types';

export const RESELLER_ID = '1000000';

export class World {
  customers: Customer[] = []; // ascending id = creation order
  customerById = new Map<string, Customer>();
  products: Product[] = [];
  productById = new Map<string, Product>();
  productsByMpn = new Map<string, Product[]>();
  subscriptions: Subscription[] = []; // ascending creation time
  subscriptionById = new Map<string, Subscription>();
  subscriptionsByCustomer = new Map<string, Subscription[]>();
  orders: Order[] = []; // ascending creation time
  orderById = new Map<string, Order>();
  unfinishedOrders = new Set<Order>();
  nextSubscriptionId = 3_000_001;
  nextOrderId = 5_000_001;
  // Earliest renewal date among live subscriptions: renewals are swept only once it passes.
  nextRenewalAt = Infinity;

  addCustomer(c: Customer): void {
    this.customers.push(c);
    this.customerById.set(c.id, c);
  }

  addProduct(p: Product): void {
    this.products.push(p);
    this.productById.set(p.id, p);
    const same = this.productsByMpn.get(p.mpn.toLowerCase()) ?? [];
    same.push(p);
    this.productsByMpn.set(p.mpn.toLowerCase(), same);
  }

  newSubscriptionId(): string {
    return String(this.nextSubscriptionId++);
  }

  addSubscription(s: Subscription): void {
    this.subscriptions.push(s);
    this.subscriptionById.set(s.id, s);
    const list = this.subscriptionsByCustomer.get(s.customerId);
    if (list) list.push(s);
    else this.subscriptionsByCustomer.set(s.customerId, [s]);
    if (s.status === 'active' || s.status === 'pending') this.nextRenewalAt = Math.min(this.nextRenewalAt, s.renewalAt);
  }

  newOrderId(): string {
    return String(this.nextOrderId++);
  }

  addOrder(o: Order): void {
    this.orders.push(o);
    this.orderById.set(o.id, o);
    if (o.status === 'submitted' || o.status === 'processing') this.unfinishedOrders.add(o);
  }

  // The order (change or cancellation) still in flight on a subscription, if any.
  unfinishedOrderFor(subscriptionId: string): Order | undefined {
    for (const o of this.unfinishedOrders) {
      if (o.type !== 'sales' && o.subscriptionId === subscriptionId) return o;
    }
    return undefined;
  }
}

export type Page<T> = { items: T[]; total: number };

// Lists are kept oldest first; pages are read from the end so the newest come first.
export function newestFirst<T>(items: readonly T[], offset: number, limit: number): Page<T> {
  const out: T[] = [];
  for (let i = items.length - 1 - offset; i >= 0 && out.length < limit; i--) out.push(items[i]!);
  return { items: out, total: items.length };
}
