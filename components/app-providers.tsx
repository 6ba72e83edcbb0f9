import { AppRouterCacheProvider } from '@mui/material-nextjs/v16-appRouter';
import { headers } from 'next/headers';
import type { ReactNode } from 'react';
import { Providers } from './providers';

/** MUI (theme, baseline, Emotion's style cache with the request's CSP nonce) and TanStack Query, for the pages built on them. */
export async function AppProviders({ children }: { children: ReactNode }) {
  const nonce = (await headers()).get('x-nonce') ?? undefined;
  return (
    <AppRouterCacheProvider options={{ nonce }}>
      <Providers nonce={nonce}>{children}</Providers>
    </AppRouterCacheProvider>
  );
}
