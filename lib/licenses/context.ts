import 'server-only';
// Before any change: the tenant is mapped, the subscription is that customer's, and the
// fresh facts a decision needs (quantity, product bounds, NCE window, an order in the way).
import { fail, type ActionFailure } from '@/lib/actions/result';
import { periodCode, type IngramClient, type SubscriptionDetail } from '@/lib/ingram';
import { openOrderForSubscription } from '@/lib/orders/queries';
import { tenantIngramContext } from '@/lib/tenants/ingram-context';
import { getTenantByTenantId } from '@/lib/tenants/queries';
import { inProgressFor, orderFacts } from '@/lib/orders/facts';
import type { LicenseChangeContext } from './types';
import { windowFor } from './load';
import { readWindowLengths, windowMsOf } from './window-lengths';

// A refusal is the actions' own failure shape, so an action returns it as it is.
export type Refusal = ActionFailure;
export const refuse = (code: 'NOT_FOUND' | 'CONFLICT' | 'VALIDATION' | 'DISABLED', message: string, fieldErrors?: Record<string, string[]>): Refusal =>
  fail(code, message, fieldErrors ? { fieldErrors } : undefined);
export const isRefusal = (v: unknown): v is Refusal => !!v && typeof v === 'object' && (v as Refusal).ok === false;

export type Target = { tenantId: string; customerId: string; sub: SubscriptionDetail };

/** The subscription, read from Ingram, only if it belongs to the tenant's mapped customer. */
export async function resolveTarget(client: IngramClient, tenantId: string, subscriptionId: string): Promise<Target | Refusal> {
  const context = tenantIngramContext(getTenantByTenantId(tenantId));
  if (context.state === 'no-tenant') return refuse('NOT_FOUND', 'That tenant does not exist.');
  if (context.state === 'unmapped') return refuse('CONFLICT', `${context.tenant.displayName} is not mapped to an Ingram Micro customer. Map it under Settings > Mappings first.`);
  if (context.state !== 'ready') return refuse('DISABLED', 'The Ingram Micro integration is not enabled.');
  const sub = await client.getSubscription(subscriptionId);
  if (sub.customerId !== context.customerId) return refuse('NOT_FOUND', `Subscription ${subscriptionId} does not belong to ${context.tenant.displayName}.`);
  return { tenantId: context.tenant.tenantId, customerId: context.customerId, sub };
}

/** Fresh facts for a change dialog and for the server's own checks before it sends anything. */
export async function changeContext(client: IngramClient, t: Target, now = Date.now()): Promise<LicenseChangeContext> {
  const { sub } = t;
  const product = sub.product;
  const [orderRows, catalog] = await Promise.all([
    client.listOrders({ customerId: t.customerId, subscriptionId: sub.id }),
    product?.mpn ? client.searchCatalog({ mpn: product.mpn }) : Promise.resolve([]),
  ]);
  const windowMs = windowMsOf(readWindowLengths(), product?.mpn);
  // Ingram may ignore the subscription filter: keep only this subscription's orders.
  const facts = await orderFacts(
    client,
    orderRows.filter((o) => !o.subscriptionId || o.subscriptionId === sub.id),
    now,
    5,
    windowMs,
  );
  const variant =
    catalog.find((p) => p.mpn === product?.mpn && periodCode(p.subscriptionPeriod) === periodCode(sub.subscriptionPeriod) && periodCode(p.billingPeriod) === periodCode(sub.billingPeriod)) ??
    catalog.find((p) => p.mpn === product?.mpn);
  const quantity = product?.quantity ?? 0;
  const local = openOrderForSubscription(t.tenantId, sub.id);
  return {
    subscriptionId: sub.id,
    productName: product?.name ?? sub.name,
    mpn: product?.mpn ?? '',
    status: sub.status ?? 'unknown',
    quantity,
    hasProductLines: !!product,
    minimumQuantity: variant?.minimumQuantity ?? 1,
    maximumQuantity: variant?.maximumQuantity ?? 100_000,
    unitPrice: product?.unitPrice?.amount ?? null,
    currency: product?.unitPrice?.currency ?? sub.totalPrice?.currency ?? null,
    billingPeriod: periodCode(sub.billingPeriod) ?? null,
    subscriptionPeriod: periodCode(sub.subscriptionPeriod) ?? null,
    renewalDate: sub.renewalDate ?? null,
    autoRenew: sub.autoRenew ?? false,
    window: windowFor(sub, quantity, facts, now, windowMs),
    inProgress: inProgressFor(sub.id, local ? [local] : [], facts.open.get(sub.id), { quantity: product ? quantity : null, renewalDate: sub.renewalDate ?? null }),
  };
}
