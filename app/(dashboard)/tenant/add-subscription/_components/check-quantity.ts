// The quantity step's limit check, apart from its MUI fields: the wizard runs it on Next and loads the
// step itself only when it is reached.
import type { UseFormReturn } from 'react-hook-form';
import { seatCount } from '@/lib/catalog/periods';
import type { CatalogGroup } from '@/lib/catalog/types';
import type { OwnedSubscription } from '@/lib/purchase/owned';
import type { PurchaseInput, PurchaseValues } from '@/lib/validations/purchase';

export const activeOf = (group: CatalogGroup, owned: OwnedSubscription[]) => owned.filter((o) => o.status === 'active' && o.mpn.toUpperCase() === group.mpn.toUpperCase());

/** The limits apply to what the order carries: the seats bought, or the subscription's new total. */
export function checkQuantity(form: UseFormReturn<PurchaseInput, unknown, PurchaseValues>, group: CatalogGroup, owned: OwnedSubscription[]): boolean {
  const { mode, subscriptionId, quantity } = form.getValues();
  const existing = mode === 'add-seats' ? activeOf(group, owned).find((o) => o.subscriptionId === subscriptionId) : undefined;
  const total = (existing?.quantity ?? 0) + Number(quantity);
  if (total >= group.minimumQuantity && total <= group.maximumQuantity) return true;
  const what = existing ? `The new total would be ${seatCount(total)}, but` : `${seatCount(total)} is outside the limits:`;
  form.setError('quantity', { message: `${what} ${group.name} allows between ${group.minimumQuantity} and ${group.maximumQuantity} seats.` });
  return false;
}
