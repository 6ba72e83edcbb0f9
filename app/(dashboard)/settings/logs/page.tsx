import { NotAllowedNotice } from '@/components/not-allowed-notice';
import { PageHeader } from '@/components/page-header';
import { requirePagePermission } from '@/lib/auth/page-access';
import { parseAuditFilter } from '@/lib/logs/filter';
import { listAuditFacets, listAuditPage } from '@/lib/logs/queries';
import { LogsView } from './_components/logs-view';

export const metadata = { title: 'Logs' };

// Paged on the server: the filters and the page live in the URL, so a link opens the same view.
export default async function LogsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { allowed, user } = await requirePagePermission('/settings/logs', 'logs.view');
  if (!allowed) return <NotAllowedNotice>Only an admin can read the audit log.</NotAllowedNotice>;
  const filter = parseAuditFilter(await searchParams);
  const { rows, total } = listAuditPage(filter, user.scope);
  return (
    <>
      <PageHeader title="Logs" subtitle="Every change and every refused attempt, newest first." />
      <LogsView filter={filter} rows={rows} total={total} facets={listAuditFacets(user.scope)} />
    </>
  );
}
