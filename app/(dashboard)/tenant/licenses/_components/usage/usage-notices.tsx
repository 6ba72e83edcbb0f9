'use client';
// Why Microsoft's numbers are missing: one tenant's notice on its CSP Licenses, or the tenants
// missing on All Tenants grouped by reason. Each carries Microsoft's message, HTTP status and request id.
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import type { UsageNotice } from '@/lib/inventory/types';

export const usageKindLabel: Record<UsageNotice['kind'], string> = {
  'not-configured': 'Microsoft not connected',
  'not-read': 'not read from Microsoft yet',
  'no-consent': 'no consent',
  permission: 'missing permission',
  throttled: 'throttled by Microsoft',
  outage: 'Microsoft unavailable',
  auth: 'Microsoft refused the app',
  other: 'could not be read',
};

const facts = (n: UsageNotice) =>
  [n.status !== null ? `HTTP ${n.status}` : null, n.correlationId ? `request id ${n.correlationId}` : null, n.lastSuccessAt ? `numbers from ${new Date(n.lastSuccessAt).toLocaleString()}` : null]
    .filter(Boolean)
    .join(' · ');

/** One tenant: what is missing and why. */
export function UsageNoticeAlert({ notice }: { notice: UsageNotice | null | undefined }) {
  if (!notice) return null;
  return (
    <Alert severity={notice.kind === 'not-configured' || notice.kind === 'not-read' ? 'info' : 'warning'} data-testid="usage-notice">
      <AlertTitle>Assigned and unused seats are missing: {usageKindLabel[notice.kind]}</AlertTitle>
      {notice.message}
      {facts(notice) && <div>{facts(notice)}</div>}
    </Alert>
  );
}

const SHOWN = 5;

/** All Tenants: the tenants without Microsoft data, by reason (a few names each). */
export function UsageMissingAlert({ notices }: { notices: UsageNotice[] | undefined }) {
  if (!notices?.length) return null;
  const byKind = new Map<UsageNotice['kind'], UsageNotice[]>();
  for (const n of notices) byKind.set(n.kind, [...(byKind.get(n.kind) ?? []), n]);
  return (
    <Alert severity="warning" data-testid="usage-missing" sx={{ mb: 2 }}>
      <AlertTitle>
        Assigned and unused seats are missing for {notices.length} tenant{notices.length === 1 ? '' : 's'}
      </AlertTitle>
      {[...byKind].map(([kind, list]) => (
        <div key={kind}>
          <strong>{usageKindLabel[kind]}</strong>:{' '}
          {list
            .slice(0, SHOWN)
            .map((n) => `${n.tenantName}${facts(n) ? ` (${facts(n)})` : ''}`)
            .join('; ')}
          {list.length > SHOWN ? `; and ${list.length - SHOWN} more` : ''}. {list[0]!.message}
        </div>
      ))}
    </Alert>
  );
}
