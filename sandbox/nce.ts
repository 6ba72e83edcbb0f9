// Microsoft NCE rules: seat lots, the 168-hour window, renewals and terminations.
import type { World } from './store';
import { NCE_WINDOW_MS, renewalMoment } from './time';
import type { Param, Product, SeatLot, Subscription } from './types';
import { quantityOf } from './types';

type NewSub = {
  customerId: string;
  product: Product;
  createdAt: number;
  lots: SeatLot[];
  status?: Subscription['status'];
  renewalStatus?: boolean;
  orderParameters?: Param[];
  fulfillmentParameters?: Param[];
};

export function buildSubscription(world: World, s: NewSub): Subscription {
  const id = world.newSubscriptionId();
  return {
    id,
    customerId: s.customerId,
    product: s.product,
    status: s.status ?? 'active',
    renewalStatus: s.renewalStatus ?? true,
    createdAt: s.createdAt,
    termStartAt: s.createdAt,
    renewalAt: renewalMoment(s.createdAt, s.product.subscriptionPeriod),
    modifiedAt: s.createdAt,
    lots: s.lots,
    unitPrice: s.product.price,
    unitCost: s.product.cost,
    attributes: {},
    orderParameters: s.orderParameters ?? [],
    fulfillmentParameters: s.fulfillmentParameters ?? [],
    vendorSubscriptionId: vendorSubscriptionIdFor(id),
  };
}

// Microsoft's subscription id is a GUID; derived from ours so it is stable. The Microsoft
// sandbox lists the same value as commerceSubscriptionId.
export const vendorSubscriptionIdFor = (id: string): string => `6e3f${id.padStart(4, '0').slice(-4)}-a1b2-4c3d-9e8f-${id.padStart(12, '0')}`;

// Seats added within the last 168 hours: the only ones a decrease may remove.
export function removableSeats(sub: Subscription, now: number): number {
  return sub.lots.filter((lot) => now - lot.addedAt <= NCE_WINDOW_MS).reduce((n, lot) => n + lot.quantity, 0);
}

export function cancellationWindowEndsAt(sub: Subscription): number {
  return sub.termStartAt + NCE_WINDOW_MS;
}

// Adds a lot for an increase; removes from the newest lots for a decrease.
export function setQuantity(sub: Subscription, total: number, at: number): void {
  let diff = total - quantityOf(sub);
  if (diff > 0) sub.lots.push({ quantity: diff, addedAt: at });
  while (diff < 0 && sub.lots.length > 0) {
    const last = sub.lots[sub.lots.length - 1]!;
    const take = Math.min(last.quantity, -diff);
    last.quantity -= take;
    diff += take;
    if (last.quantity === 0) sub.lots.pop();
  }
  sub.modifiedAt = at;
}

// A renewal starts a new term: every seat is fresh again, so the window reopens for all.
function renew(sub: Subscription, quantity: number): void {
  const at = sub.renewalAt;
  sub.lots = [{ quantity, addedAt: at }];
  sub.termStartAt = at;
  sub.renewalAt = renewalMoment(at, sub.product.subscriptionPeriod);
  sub.modifiedAt = at;
}

// Brings every live subscription whose renewal date has passed up to date.
export function sweepRenewals(world: World, now: number): void {
  if (now < world.nextRenewalAt) return;
  let next = Infinity;
  for (const sub of world.subscriptions) {
    if (sub.status !== 'active') continue;
    while (sub.status === 'active' && sub.renewalAt <= now) {
      if (!sub.renewalStatus) {
        sub.status = 'terminated';
        sub.modifiedAt = sub.renewalAt;
        break;
      }
      const scheduled = world.unfinishedOrderFor(sub.id);
      let quantity = quantityOf(sub);
      if (scheduled?.scheduledOn === 'renewal' && scheduled.newQuantity !== undefined) {
        quantity = scheduled.newQuantity;
        scheduled.status = 'completed';
        scheduled.provisionedAt = sub.renewalAt;
        world.unfinishedOrders.delete(scheduled);
      }
      renew(sub, quantity);
    }
    if (sub.status === 'active') next = Math.min(next, sub.renewalAt);
  }
  world.nextRenewalAt = next;
}
