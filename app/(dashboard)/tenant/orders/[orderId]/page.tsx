import { NotAllowedNotice } from '@/components/not-allowed-notice';
import { Notice } from '@/components/notice';
import { canManageLicenses } from '@/lib/auth/license-access';
import { PageHeader } from '@/components/page-header';
import { TenantContextPage } from '@/components/tenant-context-notice';
import { isIngramError } from '@/lib/ingram';
import { getOrderView, type OrderLookup } from '@/lib/orders/view';
import type { SearchParams } from '@/lib/tenants/current';
import { tenantPageContext } from '@/lib/tenants/page-context';
import { UpstreamNotice } from '@/components/upstream-notice';
import { OrderFollowerLazy } from './_components/order-follower-lazy';

type Props = { params: Promise<{ orderId: string }>; searchParams: SearchParams };

export default async function OrderPage({ params, searchParams }: Props) {
  const { orderId } = await params;
  const page = await tenantPageContext(`/tenant/orders/${orderId}`, 'orders.view', searchParams);
  if (!page.allowed) return <NotAllowedNotice />;
  const { context } = page;
  if (context.state !== 'ready') return <TenantContextPage title="Order" context={context} canConfigure={page.canConfigure} />;
  const ref = decodeURIComponent(orderId);
  let found: OrderLookup;
  try {
    found = await getOrderView(context.tenant.tenantId, context.customerId, ref);
  } catch (e) {
    if (!isIngramError(e)) throw e;
    return (
      <>
        <PageHeader title="Order" />
        <UpstreamNotice error={e.toPublic()} title="The order could not be read from Ingram Micro" />
      </>
    );
  }
  if (!found.ok) {
    return (
      <>
        <PageHeader title="Order" />
        <Notice title="Order not found" href={`/tenant/orders?tenantFilter=${encodeURIComponent(context.tenant.defaultDomain)}`} linkLabel="All orders">
          {context.tenant.displayName} has no order {ref}. It may belong to another tenant.
        </Notice>
      </>
    );
  }
  return <OrderFollowerLazy initial={found.view} tenantId={context.tenant.tenantId} tenantFilter={context.tenant.defaultDomain} canWithdraw={canManageLicenses(page.user)} />;
}
