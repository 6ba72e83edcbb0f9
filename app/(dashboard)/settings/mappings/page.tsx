import { Notice } from '@/components/notice';
import { PageHeader } from '@/components/page-header';
import { requirePagePermission } from '@/lib/auth/page-access';
import { MappingSection } from '../_components/mapping/mapping-section';

export default async function MappingsPage() {
  const { user, allowed } = await requirePagePermission('/settings/mappings', 'mappings.view');
  if (!allowed) {
    return (
      <Notice title="Not available" severity="warning">
        Your role cannot view tenant mappings.
      </Notice>
    );
  }
  return (
    <>
      <PageHeader title="Tenant Mapping" subtitle="Which Ingram Micro customer is billed for each Microsoft 365 tenant." />
      <MappingSection user={user} />
    </>
  );
}
