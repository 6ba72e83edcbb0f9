import { NotAllowedNotice } from '@/components/not-allowed-notice';
import { PageHeader } from '@/components/page-header';
import { TenantContextPage } from '@/components/tenant-context-notice';
import { listTenantOrders } from '@/lib/orders/list';
import { isAllTenants, type SearchParams } from '@/lib/tenants/current';
import { tenantPageContext } from '@/lib/tenants/page-context';
import { AllTenantsOrdersPage } from './_components/all-tenants/all-tenants-orders-page';
import { OrdersTable } from './_components/orders-table';
import { UpstreamNotice } from '@/components/upstream-notice';

export default async function OrdersPage({ searchParams }: { searchParams: SearchParams }) {
  const page = await tenantPageContext('/tenant/orders', 'orders.view', searchParams);
  if (!page.allowed) return <NotAllowedNotice />;
  if (await isAllTenants(searchParams)) return <AllTenantsOrdersPage searchParams={searchParams} scope={page.user.scope} />;
  const { context } = page;
  if (context.state !== 'ready') return <TenantContextPage title="Orders" context={context} canConfigure={page.canConfigure} />;
  const { rows, upstreamError } = await listTenantOrders(context.tenant.tenantId, context.customerId);
  return (
    <>
      <PageHeader title="Orders" subtitle={`${context.tenant.displayName}: orders placed through this app and those Ingram Micro reports for ${context.customerName}, newest first.`} />
      {upstreamError && <UpstreamNotice error={upstreamError} title="Ingram Micro’s order list could not be read: only orders placed through this app are shown" />}
      <OrdersTable rows={rows} tenantFilter={context.tenant.defaultDomain} />
    </>
  );
}
