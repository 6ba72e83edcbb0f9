import { Notice } from '@/components/notice';
import { PageHeader } from '@/components/page-header';
import { requireUser } from '@/lib/auth/current-user';
import { levelAllows } from '@/lib/auth/permissions';
import { MappingSection } from '../_components/mapping/mapping-section';

export default async function MappingsPage() {
  const user = await requireUser('/settings/mappings');
  if (!levelAllows(user.level, 'mappings.view')) {
    return <Notice title="Not available" severity="warning">Your role cannot view tenant mappings.</Notice>;
  }
  return (
    <>
      <PageHeader title="Tenant Mapping" subtitle="Which Ingram Micro customer is billed for each Microsoft 365 tenant." />
      <MappingSection user={user} />
    </>
  );
}
