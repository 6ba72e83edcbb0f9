// Inventory rows for tests, written straight into the tables the sync fills.
import { getDb } from '@/db';
import { inventoryOrders, inventorySnapshots, inventorySubscriptions, tenantMappings, tenants, type SeatLot } from '@/db/schema';

type Sub = typeof inventorySubscriptions.$inferInsert;

let n = 0;
/** A monthly-billed annual active subscription of 10 seats at 10.00 (cost 8.00), unless told otherwise. */
export function subscription(tenantId: string, over: Partial<Sub> = {}): Sub {
  n += 1;
  const at = new Date('2026-01-01T00:00:00Z');
  return {
    id: `sub-${n}`,
    tenantId,
    customerId: `cust-${tenantId}`,
    productName: 'Microsoft 365 Business Basic',
    mpn: 'CFQ7TTC0LH18:0001',
    vendorSubscriptionId: `ms-${n}`,
    quantity: 10,
    status: 'active',
    subscriptionPeriod: 'P1Y',
    billingPeriod: 'P1M',
    termMonths: 12,
    billingMonths: 1,
    unitPrice: '10.00',
    unitCost: '8.00',
    totalPrice: '100.00',
    currency: 'USD',
    renewalDate: '2027-01-01',
    autoRenew: true,
    lots: [] as SeatLot[],
    firstSeenAt: at,
    lastSeenAt: at,
    ...over,
  };
}

export function insertTenant(tenantId: string, displayName: string, mapped = true): void {
  const db = getDb();
  db.insert(tenants)
    .values({ tenantId, displayName, defaultDomain: `${displayName.toLowerCase().replace(/\W+/g, '')}.onmicrosoft.com` })
    .onConflictDoNothing()
    .run();
  if (mapped)
    db.insert(tenantMappings)
      .values({ tenantId, customerId: `cust-${tenantId}`, customerName: displayName, method: 'manual' })
      .onConflictDoNothing()
      .run();
}

export function insertSubscriptions(rows: Sub[]): void {
  const db = getDb();
  db.transaction((tx) => {
    for (const r of rows) tx.insert(inventorySubscriptions).values(r).run();
  });
}

export function insertInventoryOrder(row: typeof inventoryOrders.$inferInsert): void {
  getDb().insert(inventoryOrders).values(row).run();
}

export function insertSnapshot(row: typeof inventorySnapshots.$inferInsert): void {
  getDb().insert(inventorySnapshots).values(row).run();
}
