import 'server-only';
// The tenant's current subscriptions by product, so the wizard can mark what it already has.
import { getIngramClient, periodCode, type IngramClient, type SubscriptionDetail } from '@/lib/ingram';

export type OwnedSubscription = {
  subscriptionId: string;
  name: string;
  mpn: string;
  quantity: number;
  status: string;
  termCode: string | null;
  billingCode: string | null;
  renewalDate: string | null;
};

const LIVE = new Set(['active', 'pending']);

export function toOwned(s: SubscriptionDetail): OwnedSubscription | undefined {
  const product = s.product ?? s.products[0];
  if (!product?.mpn || !LIVE.has(s.status ?? '')) return undefined;
  return {
    subscriptionId: s.id,
    name: product.name ?? s.name,
    mpn: product.mpn,
    quantity: product.quantity,
    status: s.status ?? 'unknown',
    termCode: periodCode(s.subscriptionPeriod) ?? null,
    billingCode: periodCode(s.billingPeriod) ?? null,
    renewalDate: s.renewalDate ?? null,
  };
}

/** Active and pending subscriptions of the customer, with their product and seats. */
export async function ownedSubscriptions(customerId: string, client: IngramClient = getIngramClient()): Promise<OwnedSubscription[]> {
  const subs = await client.listCustomerSubscriptionsWithDetails(customerId);
  return subs.map(toOwned).filter((o): o is OwnedSubscription => !!o);
}
