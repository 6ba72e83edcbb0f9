import type { ReactNode } from 'react';
import { requestNonce } from '@/lib/request-nonce';
import { MuiProviders } from './mui-providers';
import { Providers } from './providers';

/**
 * MUI (theme, Emotion's style cache with the CSP nonce) and TanStack Query, for the routes that use them:
 * each such route folder has a one-line layout.tsx with this (`export { AppProvidersLayout as default }`),
 * so the dashboard's shell and its pages without MUI (home, Integrations) do not download them.
 */
export async function AppProvidersLayout({ children }: { children: ReactNode }) {
  return <Providers nonce={await requestNonce()}>{children}</Providers>;
}

/**
 * MUI alone, for the route folders under app/(dashboard)/tenant, whose layout gives every tenant route one
 * TanStack Query client; the purchase wizard has none of these and loads MUI with its later steps.
 */
export async function MuiProvidersLayout({ children }: { children: ReactNode }) {
  return <MuiProviders nonce={await requestNonce()}>{children}</MuiProviders>;
}
