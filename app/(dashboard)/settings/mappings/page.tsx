import { NotAllowedNotice } from '@/components/not-allowed-notice';
import { PageHeader } from '@/components/page-header';
import { requirePagePermission } from '@/lib/auth/page-access';
import { MappingSection } from '../_components/mapping/mapping-section';

export default async function MappingsPage() {
  const { user, allowed } = await requirePagePermission('/settings/mappings', 'mappings.view');
  if (!allowed) return <NotAllowedNotice title="Not available">Your role cannot view tenant mappings.</NotAllowedNotice>;
  return (
    <>
      <PageHeader title="Tenant Mapping" subtitle="Which Ingram Micro customer is billed for each Microsoft 365 tenant." />
      <MappingSection user={user} />
    </>
  );
}
