'use client';
import type { ReactNode } from 'react';
import { MuiProviders } from './mui-providers';
import { QueryProvider } from './query-provider';

/** MUI (theme, Emotion's style cache with the CSP nonce) and TanStack Query, for the parts that use both. */
export function Providers({ children, nonce }: { children: ReactNode; nonce?: string }) {
  return (
    <MuiProviders nonce={nonce}>
      <QueryProvider>{children}</QueryProvider>
    </MuiProviders>
  );
}
