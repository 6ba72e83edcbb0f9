import 'server-only';
// Whose order a row is: an idempotency key only ever finds the order of the same user and
// tenant, so a guessed or leaked key never returns another tenant's order.
export type OrderOwner = { tenantId: string; createdBy: string };

export function isOwnedBy(row: { tenantId: string; createdBy: string | null }, owner: OrderOwner): boolean {
  return row.tenantId === owner.tenantId && row.createdBy === owner.createdBy;
}

export const FOREIGN_REQUEST_KEY = 'This request was already used for another order. Open the dialog or the review step again.';
