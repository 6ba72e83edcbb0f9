import InitColorSchemeScript from '@mui/material/InitColorSchemeScript';
import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { NowProvider } from '@/components/use-now';
import { requestNonce } from '@/lib/request-nonce';
import { renderTime } from '@/lib/request-time';

export const metadata: Metadata = {
  title: { default: 'CIPP · Ingram Micro', template: '%s · CIPP · Ingram Micro' },
  description: 'Ingram Micro Cloud Marketplace licenses for your Microsoft 365 tenants',
};

// The CSP nonce proxy.ts made for this request: MUI's color-scheme script carries it. The MUI and
// TanStack providers wrap the dashboard only (components/app-providers.tsx): sign-in and not-found
// are plain HTML and CSS, so their first load stays small.
export default async function RootLayout({ children }: { children: ReactNode }) {
  const nonce = await requestNonce();
  return (
    <html lang="en" suppressHydrationWarning>
      <body>
        <InitColorSchemeScript attribute="class" nonce={nonce} />
        <NowProvider serverNow={renderTime()}>{children}</NowProvider>
      </body>
    </html>
  );
}
