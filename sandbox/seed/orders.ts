// Order history for Contoso, including the change order that never finishes on its own.
import { newOrder } from '../orders';
import type { World } from '../store';
import { DAY } from '../time';
import type { Order } from '../types';
import { quantityOf } from '../types';

const CONTOSO = '1000001';
const NO_DELAY = { orderSecondsToProcessing: 0, orderSecondsToComplete: 0 };

export function demoOrders(world: World, now: number): void {
  const customer = world.customerById.get(CONTOSO)!;
  const orders: Order[] = [];
  for (const sub of world.subscriptionsByCustomer.get(CONTOSO) ?? []) {
    const o = newOrder(
      world,
      { type: 'sales', customer, poNumber: `PO-SEED-${sub.id}`, lines: [{ product: sub.product, quantity: sub.lots[0]!.quantity, subscriptionId: sub.id }] },
      sub.createdAt,
      NO_DELAY,
    );
    o.subscriptionId = sub.id;
    if (sub.status === 'pending') {
      // The vendor has not provisioned it yet: processing with no end in sight.
      o.status = 'processing';
      o.completeAt = Infinity;
    } else {
      o.status = 'completed';
      o.provisionedAt = sub.createdAt + 600_000;
    }
    orders.push(o);
    // A change order on this subscription: `quantity` seats more (or fewer), leaving it at `newQuantity`.
    const change = (suffix: string, quantity: number, newQuantity: number, at: number, scheduledOn?: 'renewal') =>
      newOrder(
        world,
        { type: 'change', customer, poNumber: `PO-SEED-${sub.id}-${suffix}`, subscription: sub, newQuantity, scheduledOn, lines: [{ product: sub.product, quantity, subscriptionId: sub.id }] },
        at,
        NO_DELAY,
      );
    const recent = sub.lots[1];
    if (recent) {
      const add = change('ADD', recent.quantity, quantityOf(sub), recent.addedAt);
      add.status = 'completed';
      add.provisionedAt = recent.addedAt + 300_000;
      orders.push(add);
    }
    if (sub.product.name === 'Microsoft Defender for Business') {
      const decrease = change('DEC', -2, quantityOf(sub) - 2, now - 2 * DAY, 'renewal');
      decrease.status = 'processing';
      orders.push(decrease);
    }
  }
  // Ids follow creation time, as on the live platform.
  orders.sort((a, b) => a.createdAt - b.createdAt);
  const firstId = world.nextOrderId - orders.length;
  orders.forEach((o, i) => {
    o.id = String(firstId + i);
    o.orderNumber = `SO-${new Date(o.createdAt).getUTCFullYear()}-${String(firstId + i - 5_000_000).padStart(6, '0')}`;
    world.addOrder(o);
  });
}
