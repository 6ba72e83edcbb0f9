import 'server-only';
// The seats Microsoft counts as assigned per Ingram subscription, from the usage the inventory sync
// stores (lib/inventory usage, issue 18 item 4). Until a tenant's usage is synced it has none here.
export type SubscriptionUsage = { assigned: number; unused: number | null };

/** Usage by Ingram subscription id, for the given subscriptions. */
export function usageBySubscription(subscriptionIds: readonly string[]): Map<string, SubscriptionUsage> {
  void subscriptionIds;
  return new Map();
}
