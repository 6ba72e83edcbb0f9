import { NotAllowedNotice } from '@/components/not-allowed-notice';
import { PageHeader } from '@/components/page-header';
import { requirePagePermission } from '@/lib/auth/page-access';
import { isMicrosoftConfigured, readMicrosoftSettingsRow } from '@/lib/settings/microsoft-settings';
import { partnerCenterMissing } from '@/lib/tenants/partner-center';
import { listTenants } from '@/lib/tenants/queries';
import { TenantsManager } from './_components/tenants-manager';

export const metadata = { title: 'Tenants' };

export default async function TenantsPage() {
  const { allowed, user } = await requirePagePermission('/settings/tenants', 'tenants.manage');
  if (!allowed) return <NotAllowedNotice>Only an admin can manage the tenant list.</NotAllowedNotice>;
  return (
    <>
      <PageHeader title="Tenants" subtitle="The Microsoft 365 tenants you manage. Sync them from Partner Center, add them one by one or import a CSV file." />
      <TenantsManager tenants={listTenants(user.scope)} missing={partnerCenterMissing()} microsoftConfigured={isMicrosoftConfigured(readMicrosoftSettingsRow())} />
    </>
  );
}
