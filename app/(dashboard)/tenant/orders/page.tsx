import { Notice } from '@/components/notice';
import { PageHeader } from '@/components/page-header';
import { TenantContextNotice } from '@/components/tenant-context-notice';
import { requirePagePermission } from '@/lib/auth/page-access';
import { levelAllows } from '@/lib/auth/permissions';
import { listTenantOrders } from '@/lib/orders/list';
import { tenantFromSearchParams, type SearchParams } from '@/lib/tenants/current';
import { tenantIngramContext } from '@/lib/tenants/ingram-context';
import { OrdersTable } from './_components/orders-table';
import { UpstreamNotice } from '@/components/upstream-notice';

export default async function OrdersPage({ searchParams }: { searchParams: SearchParams }) {
  const { user, allowed } = await requirePagePermission('/tenant/orders', 'orders.view');
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
        <PageHeader title="Orders" />
        <TenantContextNotice context={context} canConfigure={levelAllows(user.level, 'integrations.manage')} />
      </>
    );
  }
  const { rows, upstreamError } = await listTenantOrders(context.tenant.tenantId, context.customerId);
  return (
    <>
      <PageHeader title="Orders" subtitle={`${context.tenant.displayName}: orders placed through this app and those Ingram Micro reports for ${context.customerName}, newest first.`} />
      {upstreamError && <UpstreamNotice error={upstreamError} title="Ingram Micro’s order list could not be read: only orders placed through this app are shown" />}
      <OrdersTable rows={rows} tenantFilter={context.tenant.defaultDomain} />
    </>
  );
}
