'use client';
import type {} from '@mui/material/themeCssVarsAugmentation';
import { ThemeProvider } from '@mui/material/styles';
import { AppRouterCacheProvider } from '@mui/material-nextjs/v16-appRouter';
import { useState, type ReactNode } from 'react';
import { NonceProvider } from './nonce';
import { theme } from './theme';

/**
 * The nonce the document's CSP allows. A render after a client navigation (sign-in to the dashboard, a
 * refresh) carries the new request's nonce, which this page's policy does not know; the document's own
 * scripts carry the right one (readable as the `nonce` property).
 */
function documentNonce(fallback: string | undefined): string | undefined {
  if (typeof document === 'undefined') return fallback;
  return document.querySelector<HTMLScriptElement>('script[nonce]')?.nonce || fallback;
}

/**
 * MUI's theme and Emotion's style cache with the CSP nonce. The theme's CSS variables and the page
 * baseline are a static stylesheet already (components/theme-variables.css).
 */
export function MuiProviders({ children, nonce }: { children: ReactNode; nonce?: string }) {
  // Fixed for the page's life: Emotion's style tags and the data grid's carry it.
  const [pageNonce] = useState(() => documentNonce(nonce));
  return (
    <AppRouterCacheProvider options={{ nonce: pageNonce }}>
      <NonceProvider value={pageNonce}>
        <ThemeProvider theme={theme} defaultMode="system" disableStyleSheetGeneration>
          {children}
        </ThemeProvider>
      </NonceProvider>
    </AppRouterCacheProvider>
  );
}
