import 'server-only';
import { headers } from 'next/headers';

/** This page request's CSP nonce (proxy.ts sets it), for inline scripts and Emotion's style tags. */
export async function requestNonce(): Promise<string | undefined> {
  return (await headers()).get('x-nonce') ?? undefined;
}

/** When the server renders this page: a Server Component renders once per request, so this is the request's time. */
export function renderTime(): number {
  return Date.now();
}
