import { NotAllowedNotice } from '@/components/not-allowed-notice';
import { PageHeader } from '@/components/page-header';
import { approvalsFor } from '@/lib/approvals/queries';
import { requirePagePermission } from '@/lib/auth/page-access';
import { ApprovalsView } from './_components/approvals-view';

export const metadata = { title: 'Approvals' };

// Approvers see every request of their tenants; everyone else their own requests.
export default async function ApprovalsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { user, allowed } = await requirePagePermission('/approvals', 'approvals.view');
  if (!allowed) return <NotAllowedNotice />;
  const { rows, approver } = approvalsFor(user);
  const raw = (await searchParams).request;
  const justRequested = Number(Array.isArray(raw) ? raw[0] : raw);
  const mine = rows.find((r) => r.id === justRequested && r.requestedBy === user.email);
  return (
    <>
      <PageHeader
        title="Approvals"
        subtitle={
          approver ? 'Orders above the approval policy’s thresholds wait here for a second person. You may approve or reject the requests of others.' : 'Your orders that wait for an approver.'
        }
      />
      <ApprovalsView rows={rows} justRequested={mine ? mine.id : null} />
    </>
  );
}
