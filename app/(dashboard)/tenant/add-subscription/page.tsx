import { NotAllowedNotice } from '@/components/not-allowed-notice';
import { PageHeader } from '@/components/page-header';
import { TenantContextNotice } from '@/components/tenant-context-notice';
import { allowedPurchaseRoles, canManageLicenses } from '@/lib/auth/license-access';
import { parseVariantKey } from '@/lib/catalog/periods';
import { findCatalogGroup } from '@/lib/catalog/search';
import type { CatalogGroup } from '@/lib/catalog/types';
import { getIngramClient, isIngramError } from '@/lib/ingram';
import { tenantChoices } from '@/lib/purchase/tenant-choices';
import type { SearchParams } from '@/lib/tenants/current';
import { tenantPageContext } from '@/lib/tenants/page-context';
import { requestNonce } from '@/lib/request-nonce';
import { PurchaseWizard } from './_components/purchase-wizard';
import { roleDisplayName } from '@/lib/auth/roles';

export default async function AddSubscriptionPage({ searchParams }: { searchParams: SearchParams }) {
  const page = await tenantPageContext('/tenant/add-subscription', 'catalog.view', searchParams);
  if (!page.allowed) return <NotAllowedNotice />;
  const { user, context, canConfigure } = page;
  const params = await searchParams;
  const header = <PageHeader title="Add Subscription" subtitle="Buy Microsoft licenses through Ingram Micro for a tenant." />;
  if (context.state === 'unconfigured' || context.state === 'disabled') {
    return (
      <>
        {header}
        <TenantContextNotice context={context} canConfigure={canConfigure} />
      </>
    );
  }
  // A product chosen on the Catalog page arrives preselected.
  const mpn = typeof params.mpn === 'string' ? params.mpn : undefined;
  let preselected: CatalogGroup | undefined;
  if (mpn) {
    try {
      preselected = await findCatalogGroup(mpn);
    } catch (e) {
      if (!isIngramError(e)) throw e; // the product step searches again and shows the error
    }
  }
  // The customer's standing decides whether the tenant step lets the purchase go on.
  let customerStatus: string | null = null;
  if (context.state === 'ready') {
    try {
      customerStatus = (await getIngramClient().getCustomer(context.customerId)).status ?? null;
    } catch (e) {
      if (!isIngramError(e)) throw e; // unknown here: the server checks again before pricing or placing
    }
  }
  const roles = allowedPurchaseRoles();
  return (
    <>
      {header}
      <PurchaseWizard
        nonce={await requestNonce()}
        key={context.state === 'no-tenant' ? 'none' : context.tenant.tenantId}
        tenant={context.state === 'no-tenant' ? null : { ...context.tenant, customerName: context.state === 'ready' ? context.customerName : null, customerStatus }}
        tenants={tenantChoices(user.scope)}
        canPurchase={canManageLicenses(user)}
        whoCanBuy={roles.length ? `Allowed roles: ${roles.map(roleDisplayName).join(', ')}.` : 'Editors, admins and super admins may.'}
        userRole={roleDisplayName(user.role)}
        preselected={
          preselected ? { group: preselected, variantKey: parseVariantKey(typeof params.variant === 'string' ? params.variant : undefined) ? String(params.variant) : undefined } : undefined
        }
      />
    </>
  );
}
