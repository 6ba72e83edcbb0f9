import 'server-only';
// Re-checks a purchase on the server, whatever the browser sent: integration on, tenant
// mapped, product and variant in the catalog, quantity within limits, subscription owned.
import { fail, ok, type ActionResult } from '@/lib/actions/result';
import { seatCount, variantLabel } from '@/lib/catalog/periods';
import { findCatalogVariant } from '@/lib/catalog/search';
import type { CatalogGroup, CatalogVariant } from '@/lib/catalog/types';
import type { IngramClient } from '@/lib/ingram';
import { integrationState } from '@/lib/settings/settings-row';
import { mappingForTenant } from '@/lib/tenants/ingram-context';
import { getTenantByTenantId, type TenantDTO } from '@/lib/tenants/queries';
import type { z } from 'zod';
import type { estimateSchema } from '@/lib/validations/purchase';
import { purchaseBlockReason } from './customer-standing';
import { toOwned, type OwnedSubscription } from './owned';

type EstimateValues = z.output<typeof estimateSchema>;

export type PurchasePlan = {
  tenant: TenantDTO;
  customerId: string;
  customerName: string;
  group: CatalogGroup;
  /** The variant ordered: the one chosen (added seats only join a subscription on that variant). */
  variant: CatalogVariant;
  mode: 'new' | 'add-seats';
  /** Seats bought (new) or added (add-seats). */
  quantity: number;
  existing?: OwnedSubscription;
  /** What the order carries: the quantity (new) or the subscription's new total (add-seats). */
  orderQuantity: number;
};

const fieldFail = (field: string, message: string) => fail('VALIDATION', message, { fieldErrors: { [field]: [message] } });

export async function planPurchase(input: EstimateValues, client: IngramClient): Promise<ActionResult<PurchasePlan>> {
  const integration = integrationState();
  if (integration !== 'enabled') return fail('DISABLED', 'The Ingram Micro integration is not enabled. Ask an admin to turn it on under Integrations.');
  const tenant = getTenantByTenantId(input.tenantId);
  if (!tenant) return fieldFail('tenantId', 'That tenant no longer exists.');
  const mapping = mappingForTenant(tenant.tenantId);
  if (!mapping) return fieldFail('tenantId', `${tenant.displayName} is not mapped to an Ingram Micro customer. Map it under Settings > Mappings first.`);
  // A customer on hold, cancelled or pending cannot order: say why before anything is priced or sent.
  const customer = await client.getCustomer(mapping.customerId);
  const blocked = purchaseBlockReason(customer.name || mapping.customerName, customer.status);
  if (blocked) return fieldFail('tenantId', blocked);

  let existing: OwnedSubscription | undefined;
  const { termCode, billingCode } = input;
  if (input.mode === 'add-seats') {
    const sub = await client.getSubscription(input.subscriptionId ?? '');
    existing = sub.customerId === mapping.customerId ? toOwned(sub) : undefined;
    if (!existing) return fieldFail('subscriptionId', 'That subscription does not belong to this tenant’s Ingram customer.');
    if (existing.status !== 'active') return fieldFail('subscriptionId', `Subscription ${existing.subscriptionId} is ${existing.status}: seats can only be added to an active subscription.`);
    if (existing.mpn.toUpperCase() !== input.mpn.toUpperCase()) return fieldFail('subscriptionId', `Subscription ${existing.subscriptionId} is for another product (${existing.mpn}).`);
    if (!existing.termCode || !existing.billingCode) return fieldFail('subscriptionId', 'Ingram did not report this subscription’s term and billing period.');
    // Seats join the subscription's own term and billing: only when that is the variant the user chose.
    if (existing.termCode !== termCode || existing.billingCode !== billingCode) {
      return fieldFail(
        'subscriptionId',
        `Subscription ${existing.subscriptionId} is on a ${variantLabel(existing.termCode, existing.billingCode)}, not the ${variantLabel(termCode, billingCode)} chosen: buy a new subscription, or choose its term to add seats to it.`,
      );
    }
  }

  const found = await findCatalogVariant(input.mpn, termCode, billingCode, client);
  if (!found) return fieldFail('mpn', `${input.mpn} is not offered with a ${termCode} term billed ${billingCode} in the Ingram Micro catalog.`);
  const { group, variant } = found;
  const orderQuantity = existing ? existing.quantity + input.quantity : input.quantity;
  if (orderQuantity < group.minimumQuantity || orderQuantity > group.maximumQuantity) {
    const what = existing ? `The new total of ${seatCount(orderQuantity)}` : seatCount(orderQuantity);
    return fieldFail('quantity', `${what} is outside the limits for ${group.name}: between ${group.minimumQuantity} and ${group.maximumQuantity}.`);
  }
  return ok({ tenant, customerId: mapping.customerId, customerName: mapping.customerName, group, variant, mode: input.mode, quantity: input.quantity, existing, orderQuantity });
}
