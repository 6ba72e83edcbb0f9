import InitColorSchemeScript from '@mui/material/InitColorSchemeScript';
import { AppRouterCacheProvider } from '@mui/material-nextjs/v16-appRouter';
import type { Metadata } from 'next';
import { headers } from 'next/headers';
import type { ReactNode } from 'react';
import { Providers } from '@/components/providers';

export const metadata: Metadata = {
  title: { default: 'CIPP · Ingram Micro', template: '%s · CIPP · Ingram Micro' },
  description: 'Ingram Micro Cloud Marketplace licenses for your Microsoft 365 tenants',
};

// The CSP nonce proxy.ts made for this request: MUI's color-scheme script and Emotion's styles carry it.
export default async function RootLayout({ children }: { children: ReactNode }) {
  const nonce = (await headers()).get('x-nonce') ?? undefined;
  return (
    <html lang="en" suppressHydrationWarning>
      <body>
        <InitColorSchemeScript attribute="class" nonce={nonce} />
        <AppRouterCacheProvider options={{ nonce }}>
          <Providers nonce={nonce}>{children}</Providers>
        </AppRouterCacheProvider>
      </body>
    </html>
  );
}
