import { headers } from 'next/headers';
import type { ReactNode } from 'react';
import { Providers } from './providers';

/** MUI (theme, baseline, Emotion's style cache with the CSP nonce) and TanStack Query, for the dashboard. */
export async function AppProviders({ children }: { children: ReactNode }) {
  const nonce = (await headers()).get('x-nonce') ?? undefined;
  return <Providers nonce={nonce}>{children}</Providers>;
}
