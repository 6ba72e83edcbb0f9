import { Notice } from '@/components/notice';
import { PageHeader } from '@/components/page-header';
import { TenantContextNotice } from '@/components/tenant-context-notice';
import { requirePagePermission } from '@/lib/auth/page-access';
import { levelAllows } from '@/lib/auth/permissions';
import { isIngramError } from '@/lib/ingram';
import { getOrderView, type OrderLookup } from '@/lib/orders/view';
import { tenantFromSearchParams, type SearchParams } from '@/lib/tenants/current';
import { tenantIngramContext } from '@/lib/tenants/ingram-context';
import { UpstreamNotice } from '@/components/upstream-notice';
import { OrderFollower } from './_components/order-follower';

type Props = { params: Promise<{ orderId: string }>; searchParams: SearchParams };

export default async function OrderPage({ params, searchParams }: Props) {
  const { orderId } = await params;
  const { user, allowed } = await requirePagePermission(`/tenant/orders/${orderId}`, 'orders.view');
  if (!allowed)
    return (
      <Notice severity="warning" title="Not available for your role">
        Your role cannot open this page.
      </Notice>
    );
  const context = tenantIngramContext(await tenantFromSearchParams(searchParams, user));
  if (context.state !== 'ready') {
    return (
      <>
        <PageHeader title="Order" />
        <TenantContextNotice context={context} canConfigure={levelAllows(user.level, 'integrations.manage')} />
      </>
    );
  }
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
  return <OrderFollower initial={found.view} tenantId={context.tenant.tenantId} tenantFilter={context.tenant.defaultDomain} />;
}
