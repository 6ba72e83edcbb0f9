'use client';
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import type { Ambiguity } from '@/lib/mapping/match';

/** Tenants auto-map would not decide: several customers fit. Map them by hand. */
export function AmbiguousList({ items }: { items: Ambiguity[] }) {
  return (
    <Alert severity="warning" data-testid="auto-map-ambiguous">
      <AlertTitle>Ambiguous, not proposed: map these by hand</AlertTitle>
      <ul style={{ margin: 0, paddingLeft: 18 }}>
        {items.slice(0, 200).map((a) => (
          <li key={a.tenantId}>
            {a.tenantName}: {a.basis === 'name' ? 'the name matches' : 'the tenant id is found at'} {a.candidates.map((c) => `${c.name} (${c.id})`).join(', ')}
          </li>
        ))}
      </ul>
      {items.length > 200 && `…and ${items.length - 200} more.`}
    </Alert>
  );
}
