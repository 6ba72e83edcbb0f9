import { headers } from 'next/headers';
import type { ReactNode } from 'react';
import { Providers } from './providers';

/**
 * MUI (theme, Emotion's style cache with the CSP nonce) and TanStack Query, for the routes that use them:
 * each such route folder has a one-line layout.tsx with this (`export { AppProvidersLayout as default }`),
 * so the dashboard's shell and its pages without MUI (home, Integrations) do not download them.
 */
export async function AppProviders({ children }: { children: ReactNode }) {
  const nonce = (await headers()).get('x-nonce') ?? undefined;
  return <Providers nonce={nonce}>{children}</Providers>;
}

export async function AppProvidersLayout({ children }: { children: ReactNode }) {
  return <AppProviders>{children}</AppProviders>;
}
